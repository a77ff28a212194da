using System.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Documents.Word;

/// <summary>Reads every real-world Word file of the shared corpus (read-only, in place).</summary>
public sealed class WordCorpusTest(ITestOutputHelper output)
{
    // What ../shared/corpus/README.md says must be refused, by file name prefix, and words the reason must contain.
    private static readonly (string Prefix, string[] ReasonWords)[] _refused =
    [
        ("lo__Encrypted_", ["encrypted", "password"]),
        ("poi__bug53475-password-is-pass", ["encrypted", "password"]),
        ("tika__testWORD_protected_passtika", ["encrypted", "password"]),
        ("poi__protected_agile", ["encrypted", "password"]),
        ("tika__protected_upper_case", ["encrypted", "password"]),
        ("oxsdk__document_with_password", ["encrypted", "password"]),
        ("poi__truncated62886", ["truncated", "not a zip", "corrupt"]),
        ("tika__testWORD_truncated", ["truncated", "not a zip", "corrupt"]),
        ("poi__clusterfuzz-POIXWPFFuzzer-4959857092198400", ["truncated", "not a zip", "corrupt", "not a valid"]),
        ("poi__crash-", ["truncated", "not a zip", "corrupt", "not a valid"]),
        ("crafted__truncated", ["truncated", "corrupt"]),
        ("crafted__empty", ["empty"]),
        ("crafted__text-named-docx", ["not a zip"]),
        ("poi__cpansearch_hello_world", ["97-2003", ".doc"]),
        ("crafted__ole2-header-only", ["97-2003", ".doc"]),
        ("lo__tdf171025_pageAfter", ["not a word document", "opendocument"]),
        ("poi__stress025", ["not a word document", "not a valid word package"]),
        ("lo__math-malformed_xml", ["well-formed", "malformed"]),
        ("poi__ExternalEntityInText", ["dtd", "entit"]),
        ("poi__OPCCompliance_DerivedPartNameFAIL", ["not a valid", "invalid", "could not be read"]),
        ("oxsdk__InvalidDocProps", ["not a valid", "invalid", "could not be read"]),
    ];

    [Fact]
    public void ReadFile_EveryCorpusFile_GivesDocumentOrReasonedRefusal()
    {
        var files = Directory.GetFiles(RepositoryPaths.WordCorpus)
            .Where(f => !f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 200, $"expected the corpus at {RepositoryPaths.WordCorpus}");
        var reader = new PublicityCheck.Documents.Word.WordReader();
        int read = 0, refused = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var fileClock = Stopwatch.StartNew();
            var result = DocumentReaders.Default.CanRead(file)
                ? DocumentReaders.Default.ReadFile(file)
                : ReadTemplate(reader, file);
            var name = Path.GetFileName(file);
            var expected = _refused.FirstOrDefault(r => name.StartsWith(r.Prefix, StringComparison.Ordinal));
            if (result.Document is null)
            {
                refused++;
                var error = Assert.Single(result.Diagnostics);
                Assert.Equal("PC0001", error.Id);
                output.WriteLine($"refused {name}: {error.Message}");
                if (expected.Prefix is null)
                {
                    failures.Add($"{name} should be read but was refused: {error.Message}");
                }
                else if (!expected.ReasonWords.Any(w => error.Message.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{name} refused with the wrong kind of reason: {error.Message}");
                }
            }
            else
            {
                read++;
                if (expected.Prefix is not null)
                {
                    failures.Add($"{name} should be refused but was read");
                }
            }

            Assert.True(fileClock.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {fileClock.Elapsed}");
        }

        output.WriteLine($"{files.Count} files: {read} read, {refused} refused, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // Templates (.dotx, .dotm) are not among the reader's extensions, but they are Word packages and must read too.
    private static DocumentReadResult ReadTemplate(PublicityCheck.Documents.Word.WordReader reader, string file)
    {
        using var stream = File.OpenRead(file);
        return reader.Read(file, stream, ReaderOptions.Default);
    }
}
