using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PublicityCheck.Analysis;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analysis;

public class AnalyzerAssemblyLoaderTest
{
    // A council's own rule, as its developer would write it against the public API.
    private const string CouncilRuleSource = """
        using System;
        using System.Collections.Immutable;
        using PublicityCheck.Analysis;
        using PublicityCheck.Diagnostics;
        using PublicityCheck.Documents;

        namespace Council.Rules;

        public sealed class OldBrandAnalyzer : PublicityAnalyzer
        {
            public static readonly DiagnosticDescriptor OldBrand = new(
                "CBC001", "Old council name", "Use 'Charnwood Borough Council', not '{0}'", "House style",
                DiagnosticSeverity.Warning, "The council's name changed in 1974; the old one still turns up in templates.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(OldBrand);

            public override void Initialize(AnalyzerRegistration registration) =>
                registration.RegisterBlockAction(context =>
                {
                    var at = context.Block.Text.IndexOf("Loughborough Borough Council", StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        var span = new TextSpan(context.Block.Span.Start + at, "Loughborough Borough Council".Length);
                        context.ReportDiagnostic(Diagnostic.Create(OldBrand, context.Document, span, "Loughborough Borough Council")
                            with { Suggestion = "Charnwood Borough Council" });
                    }
                });
        }
        """;

    [Fact]
    public void CheckFile_RunsAnalyzersFromAnAssemblyListedInConfigurationWhenAllowed()
    {
        using var folder = new TemporaryFolder();
        Compile(CouncilRuleSource, Path.Combine(folder.Path, "rules", "Council.Rules.dll"));
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
        Compile(CouncilRuleSource, dll);

        var analyzer = Assert.Single(AnalyzerAssemblyLoader.Load(dll));

        Assert.IsAssignableFrom<PublicityAnalyzer>(analyzer);
        Assert.Equal("OldBrandAnalyzer", analyzer.Name);
    }

    [Fact]
    public void Load_RejectsAnAssemblyWithoutAnalyzers()
    {
        using var folder = new TemporaryFolder();
        var dll = Path.Combine(folder.Path, "Council.Empty.dll");
        Compile("namespace Council.Empty; public static class Nothing { }", dll);

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

    private static void Compile(string source, string outputPath)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(PublicityAnalyzer).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(outputPath),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var result = compilation.Emit(outputPath);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
    }
}
