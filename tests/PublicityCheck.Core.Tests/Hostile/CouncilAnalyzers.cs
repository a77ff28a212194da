using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PublicityCheck.Analysis;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Council analyzers as a developer (or someone planting one) would write them against the public API, compiled
/// with Roslyn into an assembly a configuration file can name.
/// </summary>
internal static class CouncilAnalyzers
{
    /// <summary>A well-behaved council rule: CBC001 on the council's old name, suggesting the new one.</summary>
    public const string OldBrand = """
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

    /// <summary>
    /// A council rule that reads the release model: CBC002 on each quotation the release gives no speaker for, naming
    /// the kind of release it was read as.
    /// </summary>
    public const string UnattributedQuotation = """
        using System.Collections.Immutable;
        using PublicityCheck.Analysis;
        using PublicityCheck.Diagnostics;
        using PublicityCheck.Releases;

        namespace Council.Rules;

        public sealed class UnattributedQuotationAnalyzer : PublicityAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "CBC002", "Quotation without a speaker", "Say who is quoted in this {0} release", "House style",
                DiagnosticSeverity.Warning, "Every quotation in a release names its speaker.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalyzerRegistration registration) =>
                registration.RegisterQuotationAction(context =>
                {
                    if (context.Quotation.Speaker is null)
                    {
                        context.ReportDiagnostic(Rule, context.Quotation.Span, context.Model.Profile.Kind.ToName());
                    }
                });
        }
        """;

    /// <summary>
    /// A planted analyzer: its constructor leaves a file named <c>ran.txt</c> beside the assembly, the proof that
    /// code from the planted folder ran.
    /// </summary>
    public const string Planted = """
        using System.Collections.Immutable;
        using System.IO;
        using PublicityCheck.Analysis;
        using PublicityCheck.Diagnostics;

        namespace Planted;

        public sealed class PlantedAnalyzer : PublicityAnalyzer
        {
            public PlantedAnalyzer() =>
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(typeof(PlantedAnalyzer).Assembly.Location)!, "ran.txt"), "ran");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

            public override void Initialize(AnalyzerRegistration registration)
            {
            }
        }
        """;

    /// <summary>An analyzer that fails in the given member; <paramref name="body"/> is C# inside the class.</summary>
    public static string Failing(string className, string body) => $$"""
        using System;
        using System.Collections.Immutable;
        using PublicityCheck.Analysis;
        using PublicityCheck.Diagnostics;

        namespace Council.Broken;

        public sealed class {{className}} : PublicityAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "BRK001", "Broken rule", "Broken: {0}", "House style", DiagnosticSeverity.Warning, "A rule that fails.");

            {{body}}
        }

        public sealed class HostileException : Exception
        {
            public override string Message => throw new InvalidOperationException("the message itself throws");
        }
        """;

    /// <summary>Compiles <paramref name="source"/> to the assembly <paramref name="outputPath"/>.</summary>
    public static string Compile(string source, string outputPath)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(PublicityAnalyzer).Assembly.Location)
            .Append(typeof(PublicityCheck.Diagnostics.DiagnosticDescriptor).Assembly.Location)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(outputPath),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var result = compilation.Emit(outputPath);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return outputPath;
    }
}
