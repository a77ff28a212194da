using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0303: where elections are configured, a release that states no publication date, and was given none, is
/// checked as if published today; this says so.
/// </summary>
public sealed class PC0303PublicationDateAssumed : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0303",
        "Release states no publication date",
        "The release states no publication date, so it was checked as if published on {0}; state the date ('Embargoed until ...', or 'publish:' in front matter) so the pre-election rules check the right day",
        RuleCategories.PreElection,
        DiagnosticSeverity.Info,
        "Whether a pre-election period applies depends on the day a release goes out. A release with no date of its own is checked as if published today, which may not be the day it is published.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (context.Options.Configuration.Elections.IsDefaultOrEmpty || context.Model.PublishOnOrigin != PublicationDateOrigin.Assumed)
        {
            return;
        }

        context.ReportDiagnostic(Descriptor, PreElectionPeriods.WholeDocumentSpan(context.Document), ReleaseDates.Format(context.Options.PublishOn));
    }
}
