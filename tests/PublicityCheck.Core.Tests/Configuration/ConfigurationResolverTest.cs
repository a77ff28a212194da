using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Configuration;

public class ConfigurationResolverTest
{
    [Fact]
    public void ForDocument_FindsTheFileInTheReleasesFolder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("press/publicitycheck.json", """{ "rules": { "PC0401": "error" } }""");

        var configuration = new ConfigurationResolver().ForDocument(Path.Combine(folder.Path, "press", "budget.md"));

        Assert.Equal(DiagnosticSeverity.Error, configuration.Rules["PC0401"]);
    }

    [Fact]
    public void ForDocument_LetsTheNearestFileWin()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", """{ "rules": { "PC0401": "error", "PC0004": "none" } }""");
        folder.Write("press/2026/publicitycheck.json", """{ "rules": { "PC0401": "info" } }""");

        var configuration = new ConfigurationResolver().ForDocument(Path.Combine(folder.Path, "press", "2026", "budget.md"));

        Assert.Equal(DiagnosticSeverity.Info, configuration.Rules["PC0401"]);
        Assert.Equal(DiagnosticSeverity.None, configuration.Rules["PC0004"]);
        Assert.Equal(2, configuration.Sources.Length);
    }

    [Fact]
    public void ForDocument_TakesTheClassifierFromTheNearestFileThatChoosesOne()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", """{ "classifier": "fast" }""");
        folder.Write("press/publicitycheck.json", """{ "rules": { "PC0401": "info" } }""");
        folder.Write("press/elections/publicitycheck.json", """{ "classifier": "accurate" }""");
        var resolver = new ConfigurationResolver();

        var press = resolver.ForDocument(Path.Combine(folder.Path, "press", "budget.md"));
        var elections = resolver.ForDocument(Path.Combine(folder.Path, "press", "elections", "poll-cards.md"));

        Assert.Equal(ClassifierMode.Fast, press.EffectiveClassifier);
        Assert.Equal(ClassifierMode.Accurate, elections.EffectiveClassifier);
    }

    [Fact]
    public void ForDocument_StopsAtARootFile()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", """{ "rules": { "PC0004": "none" } }""");
        folder.Write("press/publicitycheck.json", """{ "root": true, "rules": { "PC0401": "info" } }""");

        var configuration = new ConfigurationResolver().ForDocument(Path.Combine(folder.Path, "press", "budget.md"));

        Assert.False(configuration.Rules.ContainsKey("PC0004"));
        Assert.Single(configuration.Sources);
    }

    [Fact]
    public void ForDocument_UsesOnlyTheExplicitFileWhenGiven()
    {
        using var folder = new TemporaryFolder();
        folder.Write("press/publicitycheck.json", """{ "rules": { "PC0401": "error" } }""");
        var explicitFile = folder.Write("ci/strict.json", """{ "rules": { "PC0401": "info" } }""");

        var configuration = new ConfigurationResolver(explicitFile).ForDocument(Path.Combine(folder.Path, "press", "budget.md"));

        Assert.Equal(DiagnosticSeverity.Info, configuration.Rules["PC0401"]);
    }

    [Fact]
    public void ForDocument_AllowsCommentsAndTrailingCommas()
    {
        using var folder = new TemporaryFolder();
        folder.Write("publicitycheck.json", """
            {
              // Comms team: exempt material is always an error here.
              "rules": { "PC0401": "error", },
            }
            """);

        var configuration = new ConfigurationResolver().ForDocument(Path.Combine(folder.Path, "budget.md"));

        Assert.Equal(DiagnosticSeverity.Error, configuration.Rules["PC0401"]);
    }

    [Fact]
    public void ForDocument_ReturnsTheDefaultWhenNoFileIsFound()
    {
        using var folder = new TemporaryFolder();

        var configuration = new ConfigurationResolver().ForFolder(folder.Path);

        Assert.Empty(configuration.Rules);
    }
}
