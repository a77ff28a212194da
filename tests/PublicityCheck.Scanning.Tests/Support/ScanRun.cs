using System.Text.Json;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>Runs <c>publicitycheck scan</c> in-process on a folder with JSON output, and reads the parts tests look at.</summary>
public sealed record ScanRun(CliRun Cli, JsonDocument Json)
{
    public static ScanRun Of(string folder, params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), "publicitycheck-tests", Guid.NewGuid().ToString("N") + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var cli = CliRun.In(folder, ["scan", ".", "--format", "json", "--output", output, "--publish-on", "2026-03-02", .. extra]);
        var json = File.Exists(output) ? JsonDocument.Parse(File.ReadAllText(output)) : JsonDocument.Parse("{}");
        File.Delete(output);
        return new ScanRun(cli, json);
    }

    public int ExitCode => Cli.ExitCode;

    public IEnumerable<JsonElement> Files => Json.RootElement.GetProperty("files").EnumerateArray();

    public IEnumerable<JsonElement> Diagnostics => Files.SelectMany(f => f.GetProperty("diagnostics").EnumerateArray());

    public int Summary(string name) => Json.RootElement.GetProperty("summary").GetProperty(name).GetInt32();

    /// <summary>Findings whose scan status is <paramref name="status"/> ("new" or "open").</summary>
    public List<JsonElement> WithStatus(string status) =>
        [.. Diagnostics.Where(d => d.TryGetProperty("properties", out var p) && p.TryGetProperty("scanStatus", out var s) && s.GetString() == status)];
}
