using System.Reflection;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Releases;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests;

/// <summary>
/// PublicityCheck.Abstractions is what a rule and a host share. It must stay free of the libraries that read file
/// formats, so that a rule built against it does not carry them and the readers can change without breaking rules.
/// </summary>
public sealed class AbstractionsAssemblyTest
{
    private static readonly Assembly Abstractions = typeof(DiagnosticDescriptor).Assembly;

    [Theory]
    [InlineData("DocumentFormat.OpenXml")]
    [InlineData("Markdig")]
    [InlineData("YamlDotNet")]
    public void References_DoNotIncludeAFileFormatLibrary(string library)
    {
        var references = Abstractions.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain(references, name => name is not null && name.StartsWith(library, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void References_AreTheRuntimeAndNodaTimeOnly()
    {
        var references = Abstractions.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name is "NodaTime" or "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal),
            $"PublicityCheck.Abstractions references {name}"));
    }

    [Theory]
    [InlineData(typeof(Diagnostic))]
    [InlineData(typeof(DiagnosticDescriptor))]
    [InlineData(typeof(DiagnosticSeverity))]
    [InlineData(typeof(SuppressionInfo))]
    [InlineData(typeof(ReleaseDocument))]
    [InlineData(typeof(Block))]
    [InlineData(typeof(SourceLocation))]
    [InlineData(typeof(TextSpan))]
    [InlineData(typeof(PublicityAnalyzer))]
    [InlineData(typeof(AnalyzerRegistration))]
    [InlineData(typeof(QuotationAnalysisContext))]
    [InlineData(typeof(ReleaseModel))]
    [InlineData(typeof(ReleaseProfile))]
    [InlineData(typeof(Quotation))]
    [InlineData(typeof(SpeakerMention))]
    [InlineData(typeof(QuotedSpeaker))]
    [InlineData(typeof(Roster))]
    [InlineData(typeof(PolicyPack))]
    [InlineData(typeof(PreElectionPeriod))]
    [InlineData(typeof(IPartisanScorer))]
    [InlineData(typeof(PartisanScore))]
    public void SharedType_LivesInAbstractions(Type type)
    {
        Assert.Equal("PublicityCheck.Abstractions", type.Assembly.GetName().Name);
    }
}
