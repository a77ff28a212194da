using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Samples;

/// <summary>The Word samples in <c>samples/</c> are exactly what <see cref="WordSamples"/> generates.</summary>
public sealed class WordSamplesTest
{
    private static readonly WordReader _reader = new();

    public static TheoryData<string> FileNames => [.. WordSamples.All.Select(sample => sample.FileName)];

    /// <summary>
    /// Writes the Word samples into <c>samples/</c>, but only when <c>PUBLICITYCHECK_WRITE_SAMPLES=1</c> is set;
    /// otherwise it returns at once and passes. Run it after changing <see cref="WordSamples"/>:
    /// <c>PUBLICITYCHECK_WRITE_SAMPLES=1 dotnet test tests/PublicityCheck.Cli.Tests --filter WriteWordSamples_WhenAsked</c>.
    /// </summary>
    [Fact]
    public void WriteWordSamples_WhenAsked()
    {
        if (Environment.GetEnvironmentVariable(WordSampleWriter.WriteVariable) != "1")
        {
            return;
        }

        var written = WordSampleWriter.WriteAll(RepositoryPaths.Samples);

        Assert.All(written, path => Assert.True(File.Exists(path), path));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void WordSamples_MatchTheirGenerator(string fileName)
    {
        var sample = WordSamples.All.Single(s => s.FileName == fileName);
        var committed = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, fileName));

        Assert.Equal(Describe(WordSampleWriter.Build(sample), fileName), Describe(committed, fileName));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void WordSamples_AreValidWordprocessingML(string fileName)
    {
        using var document = WordprocessingDocument.Open(Path.Combine(RepositoryPaths.Samples, fileName), false);

        var errors = new OpenXmlValidator().Validate(document);

        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    /// <summary>What the reader makes of a package: every block, the suppressions and the reader's own findings.</summary>
    private static List<string> Describe(byte[] package, string fileName)
    {
        var result = _reader.Read(fileName, new MemoryStream(package, writable: false), ReaderOptions.Default);
        Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        return
        [
            .. result.Document.Blocks.Select(b => $"{b.Kind} {b.Part}{b.Start}: {b.Text}"),
            .. result.Document.Suppressions.Select(s => $"suppression {string.Join(',', s.RuleIds)} -- {s.Justification}"),
            .. result.Diagnostics.Select(d => $"{d.Id}: {d.Message}"),
        ];
    }
}
