using PublicityCheck.Analysis;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Hostile;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analysis;

public class AnalyzerAssemblyLoaderTest
{
    [Fact]
    public void CheckFile_RunsAnalyzersFromAnAssemblyListedInConfigurationWhenAllowed()
    {
        using var folder = new TemporaryFolder();
        CouncilAnalyzers.Compile(CouncilAnalyzers.OldBrand, Path.Combine(folder.Path, "rules", "Council.Rules.dll"));
        folder.Write("publicitycheck.json", """{ "analyzers": ["rules/Council.Rules.dll"] }""");
        var path = Path.Combine(folder.Path, "market.md");
        var checker = new PublicityChecker(new PublicityCheckerOptions { AllowDiscoveredAnalyzers = true });
        var document = TestDocuments.FromParagraphs(path, "Loughborough Borough Council will run the Christmas market.");

        var result = checker.Check(DocumentReadResult.Success(document), path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CBC001", diagnostic.Id);
        Assert.Equal("Charnwood Borough Council", diagnostic.Suggestion);
        Assert.Equal(new SourcePosition(1, 1), diagnostic.Location.Start);
    }

    [Fact]
    public void Load_GivesAnalyzersOfTheHostsOwnType()
    {
        using var folder = new TemporaryFolder();
        var dll = Path.Combine(folder.Path, "Council.Rules.dll");
        CouncilAnalyzers.Compile(CouncilAnalyzers.OldBrand, dll);

        var analyzer = Assert.Single(AnalyzerAssemblyLoader.Load(dll));

        Assert.IsAssignableFrom<PublicityAnalyzer>(analyzer);
        Assert.Equal("OldBrandAnalyzer", analyzer.Name);
    }

    [Fact]
    public void Load_RuleBuiltAgainstAbstractions_SharesTheHostsDiagnosticTypes()
    {
        using var folder = new TemporaryFolder();
        var dll = Path.Combine(folder.Path, "Council.Rules.dll");
        CouncilAnalyzers.Compile(CouncilAnalyzers.OldBrand, dll);

        var analyzer = Assert.Single(AnalyzerAssemblyLoader.Load(dll));

        var abstractions = typeof(DiagnosticDescriptor).Assembly;
        Assert.Contains(analyzer.GetType().Assembly.GetReferencedAssemblies(), name => name.Name == abstractions.GetName().Name);
        var descriptor = Assert.Single(analyzer.SupportedDiagnostics);
        Assert.Same(abstractions, descriptor.GetType().Assembly);
        Assert.Equal("CBC001", descriptor.Id);
    }

    [Fact]
    public void Load_RuleBuiltAgainstAbstractions_ReferencesNoOtherPublicityCheckAssembly()
    {
        using var folder = new TemporaryFolder();
        var dll = Path.Combine(folder.Path, "Council.Rules.dll");
        CouncilAnalyzers.Compile(CouncilAnalyzers.UnattributedQuotation, dll);

        var analyzer = Assert.Single(AnalyzerAssemblyLoader.Load(dll));

        var references = analyzer.GetType().Assembly.GetReferencedAssemblies().Select(name => name.Name).Where(name => name!.StartsWith("PublicityCheck", StringComparison.Ordinal));
        Assert.Equal(["PublicityCheck.Abstractions"], references);
        Assert.IsAssignableFrom<PublicityAnalyzer>(analyzer);
    }

    [Fact]
    public void CheckFile_RunsARuleBuiltAgainstAbstractionsOnTheHostsReleaseModel()
    {
        using var folder = new TemporaryFolder();
        CouncilAnalyzers.Compile(CouncilAnalyzers.UnattributedQuotation, Path.Combine(folder.Path, "rules", "Council.Rules.dll"));
        folder.Write("publicitycheck.json", """{ "analyzers": ["rules/Council.Rules.dll"] }""");
        var path = Path.Combine(folder.Path, "market.md");
        var checker = new PublicityChecker(new PublicityCheckerOptions { AllowDiscoveredAnalyzers = true });
        var document = TestDocuments.FromParagraphs(path, "The Christmas market returns to the square.", "\u201CIt will be the biggest market yet.\u201D");

        var result = checker.Check(DocumentReadResult.Success(document), path);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CBC002");
        Assert.Equal("Say who is quoted in this general release", diagnostic.Message);
        Assert.Equal(new SourcePosition(3, 1), diagnostic.Location.Start);
    }

    [Fact]
    public void Load_RejectsAnAssemblyWithoutAnalyzers()
    {
        using var folder = new TemporaryFolder();
        var dll = Path.Combine(folder.Path, "Council.Empty.dll");
        CouncilAnalyzers.Compile("namespace Council.Empty; public static class Nothing { }", dll);

        var error = Assert.Throws<ConfigurationException>(() => AnalyzerAssemblyLoader.Load(dll));

        Assert.Contains("holds no public class deriving from PublicityAnalyzer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsAFileThatIsNotAnAssembly()
    {
        using var folder = new TemporaryFolder();
        var dll = folder.Write("Council.Rules.dll", "This is the comms team's notes file, renamed by mistake.");

        var error = Assert.Throws<ConfigurationException>(() => AnalyzerAssemblyLoader.Load(dll));

        Assert.Contains("could not be loaded", error.Message, StringComparison.Ordinal);
    }
}
