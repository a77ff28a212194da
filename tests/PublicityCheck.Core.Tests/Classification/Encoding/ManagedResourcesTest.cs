using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

public class ManagedResourcesTest
{
    private static string CoreAssembly => typeof(PartisanClassifier).Assembly.Location;

    [Fact]
    public void Read_GivesTheBytesTheRuntimeGivesForTheSameResource()
    {
        using var stream = typeof(PartisanClassifier).Assembly.GetManifestResourceStream(PartisanClassifier.ResourceName)!;
        using var expected = new MemoryStream();
        stream.CopyTo(expected);

        var bytes = ManagedResources.Read(CoreAssembly, PartisanClassifier.ResourceName);

        Assert.Equal(expected.ToArray(), bytes);
    }

    [Fact]
    public void Read_NamesTheResourceAnAssemblyDoesNotHave()
    {
        var error = Assert.Throws<InvalidDataException>(() => ManagedResources.Read(CoreAssembly, "PublicityCheck.Models/none.tsv"));

        Assert.Contains("PublicityCheck.Models/none.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAFileThatIsNotAnAssembly()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x4D, 0x5A, .. new byte[510]]);

            Assert.Throws<InvalidDataException>(() => ManagedResources.Read(path, "anything"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
