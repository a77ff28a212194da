using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// PC0204: the council's comment on central or devolved government, which the classifier reads as taking sides. A
/// council may explain its view of a government decision that affects it (a funding settlement, a reorganisation), so
/// long as the comment is objective and balanced; the finding asks for that, where PC0201 would have called the
/// sentence party-political. Which sentences are such comments is decided by <see cref="GovernmentComment"/>; in a
/// pre-election period a finding asks to be a warning.
/// </summary>
public sealed class PC0204CommentOnGovernment : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0204",
        "Comment on government should be objective and balanced",
        "Comment on {0} that may read as taking sides ({1}): {2}; {3}",
        RuleCategories.PartyPolitical,
        DiagnosticSeverity.Info,
        "A council may publish its view of a decision of central or devolved government that affects it, such as its funding settlement, but the comment must be objective, balanced, informative and accurate, set out the council's reasons, and not appear to affect support for a political party (Local Government Act 1986 s.2; Code of Recommended Practice on Local Authority Publicity 2011; county protocol 8.81, 8.89).");

    private readonly Func<IPartisanScorer>? _model;

    /// <summary>Creates the analyzer that judges sentences by the scores in the release's model.</summary>
    public PC0204CommentOnGovernment()
    {
    }

    /// <summary>Creates the analyzer with a scorer of the host's own, which scores the sentences in place of the release model's.</summary>
    public PC0204CommentOnGovernment(Func<IPartisanScorer> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentenceAction(context =>
        {
            if (context.Model.SeverityOf(Descriptor) != DiagnosticSeverity.None)
            {
                ReportCommentOnGovernment(context);
            }
        });
    }

    private void ReportCommentOnGovernment(SentenceAnalysisContext context)
    {
        // Only what the classifier reports is asked about: a comment it reads as neutral needs no second look. The
        // release's sentences are scored together once (PC0201 asks for the same scores), so the score comes first.
        if (PartisanSentences.ReportedSentence(context, _model) is not { } reported
            || GovernmentComment.SubjectOf(context.Model, context.Sentence, reported.Quotation) is not { } subject)
        {
            return;
        }

        var score = reported.Explain();
        var diagnostic = Diagnostic.Create(Descriptor, context.Document, context.Sentence.Span, "\"" + subject + "\"", PartisanSentences.Confidence(score.Probability, reported.Scorer.Threshold), PartisanSentences.Phrases(score), Advice(reported.Quotation)) with
        {
            Properties = PartisanSentences.Properties(score).Add("subject", subject),
        };

        // Comment on government in a pre-election period can read as a side taken in the election (county protocol
        // 8.82): the finding asks to be a warning.
        context.ReportDiagnostic(PartisanSentences.RaisedInPeriod(diagnostic, context.Model, DiagnosticSeverity.Warning));
    }

    /// <summary>
    /// What to do about a reported comment: give the council's view with its reasons and the facts, and leave out
    /// what makes it read as a side taken; in a quotation, the speaker is asked to.
    /// </summary>
    internal static string Advice(Quotation? quotation) => quotation switch
    {
        null => "set out the council's view with its reasons and the figures, in measured words, so that it informs rather than persuades",
        { Speaker: { } speaker } => $"these are {PartisanSentences.Named(speaker)}'s words, published by the council: ask {PartisanSentences.Named(speaker)} to give the council's view with its reasons and the figures, in measured words, so that it informs rather than persuades",
        _ => "these are quoted words, published by the council: ask the speaker to give the council's view with its reasons and the figures, in measured words, so that it informs rather than persuades",
    };
}
