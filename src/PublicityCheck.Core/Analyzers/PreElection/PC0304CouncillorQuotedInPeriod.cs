using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0304: in a pre-election period no councillor is quoted; officers may still be.
/// </summary>
public sealed class PC0304CouncillorQuotedInPeriod : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0304",
        "Councillor quoted in the pre-election period",
        "{0} is a councillor, and this release is published in the pre-election period for {1} (until the close of poll on {2}); quote an officer instead",
        RuleCategories.PreElection,
        DiagnosticSeverity.Error,
        "During a pre-election period council publicity should not feature councillors, so that it cannot be seen to affect support for a candidate or party; officers speak for the council (Code of Recommended Practice on Local Authority Publicity 2011, paragraphs 33-35; county protocol 8.82).");

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
        // Every period in force is named: the release waits for the last of them to end.
        var periods = context.Model.PeriodsInForce;
        if (periods.IsEmpty)
        {
            return;
        }

        var last = PreElectionPeriods.LastToEnd(periods);
        var polls = PreElectionPeriods.NamesOf(periods);
        var until = ReleaseDates.Format(last.End);
        foreach (var speaker in context.Model.Speakers.Where(s => s.IsMember))
        {
            var diagnostic = Diagnostic.Create(Descriptor, context.Document, speaker.Anchor, speaker.Person?.DisplayName ?? speaker.Quotation.Speaker!.Name, polls, until);
            context.ReportDiagnostic(diagnostic with { Fixes = [PreElectionPeriods.HoldUntil(last)] });
        }
    }
}
