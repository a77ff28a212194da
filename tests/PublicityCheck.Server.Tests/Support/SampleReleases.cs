namespace PublicityCheck.Server.Tests.Support;

/// <summary>Realistic release text for API tests.</summary>
internal static class SampleReleases
{
    public static readonly string[] DepotSale =
    [
        "Cabinet agrees sale of Tanyard Lane depot to fund new recycling facility",
        "",
        "Wreake Valley Borough Council's Cabinet has agreed to sell the former Tanyard Lane depot in Easterby.",
        "The Part II report considered by Cabinet on 4 March set out the offers received after the site was marketed last autumn.",
    ];

    public static string Json(params string[] paragraphs) =>
        System.Text.Json.JsonSerializer.Serialize(new { paragraphs, publishOn = "2026-03-05" });

    public static byte[] WordSample(string name) => File.ReadAllBytes(Path.Combine(global::PublicityCheck.Tests.Support.RepositoryPaths.Samples, name));
}
