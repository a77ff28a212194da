using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Phrases;

public class ConfiguredPhraseAnalyzerTest
{
    private const string Configuration = """
        {
          "root": true,
          "phrases": [
            { "id": "LOCAL001", "match": ["regime"], "message": "a loaded word for a council's leadership", "suggest": "administration" },
            { "id": "LOCAL002", "match": ["so-called"], "message": "casts doubt on what others say", "severity": "info" }
          ]
        }
        """;

    [Fact]
    public void CheckFile_ReportsAPhraseRuleAtTheWordsWithItsSuggestion()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", Configuration);
        var release = folder.Write("depot.md", "The depot was closed by the previous regime in 2019.\n");

        var diagnostic = Assert.Single(new PublicityChecker().CheckFile(release).Diagnostics, d => d.Id == "LOCAL001");

        Findings.AssertAt(diagnostic, "LOCAL001", 1, 38, 1, 44);
        Assert.Equal("administration", diagnostic.Suggestion);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("'regime': a loaded word for a council's leadership (suggest 'administration')", diagnostic.Message);
    }

    [Fact]
    public void CheckFile_AppliesTheSeverityConfiguredForAPhraseRule()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", Configuration.Replace("\"root\": true,", "\"root\": true, \"rules\": { \"LOCAL002\": \"error\" },", StringComparison.Ordinal));
        var release = folder.Write("pool.md", "The so-called savings closed the pool for two summers.\n");

        var diagnostic = Assert.Single(new PublicityChecker().CheckFile(release).Diagnostics, d => d.Id == "LOCAL002");

        Findings.AssertAt(diagnostic, "LOCAL002", 1, 5, 1, 14);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void DescriptorsFor_ListsThePhraseRules()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("publicitycheck.json", Configuration);
        var checker = new PublicityChecker(new PublicityCheckerOptions { ConfigurationFile = path });

        var descriptors = checker.DescriptorsFor(checker.ConfigurationFor(path));

        Assert.Contains(descriptors, d => d.Id == "LOCAL001" && d.Category == "Configured phrases");
        Assert.Contains(descriptors, d => d.Id == "LOCAL002" && d.DefaultSeverity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void CheckFile_NearerPhraseRuleReplacesAFartherOneOfTheSameId()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", Configuration);
        folder.Write("press/publicitycheck.json", """{ "phrases": [ { "id": "LOCAL001", "match": ["junta"], "message": "a loaded word" } ] }""");
        var release = folder.Write("press/depot.md", "The previous regime closed the depot, the junta said.\n");

        var diagnostic = Assert.Single(new PublicityChecker().CheckFile(release).Diagnostics, d => d.Id == "LOCAL001");

        Findings.AssertAt(diagnostic, "LOCAL001", 1, 43, 1, 48);
        Assert.Equal("junta", diagnostic.Text);
    }
}
