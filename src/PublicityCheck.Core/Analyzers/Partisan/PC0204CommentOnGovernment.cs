using System.Collections.Immutable;
using System.Globalization;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;
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
        var sentence = context.Sentence;
        if (!PartisanSentences.IsScored(sentence.Text))
        {
            return;
        }

        // Only what the classifier reports is asked about: a comment it reads as neutral needs no second look. The
        // release's sentences are scored together once (PC0201 asks for the same scores), so the score comes first.
        var model = _model?.Invoke() ?? context.Model.PartisanClassifier;
        var probability = _model is null ? context.Model.PartisanScoreOf(sentence) : model.Score([sentence.Text])[0];
        if (probability < model.Threshold)
        {
            return;
        }

        var quotation = PartisanSentences.QuotationOf(context.Model.Quotations, sentence);
        if (GovernmentComment.SubjectOf(context.Model, sentence, quotation) is not { } subject)
        {
            return;
        }

        var score = _model is null ? context.Model.ExplainPartisanScore(sentence) : model.Classify(sentence.Text);
        var reasons = score.Reasons.IsEmpty ? "the sentence as a whole" : string.Join(", ", score.Reasons.Select(r => "\"" + r.Text + "\""));
        var diagnostic = Diagnostic.Create(Descriptor, context.Document, sentence.Span, "\"" + subject + "\"", PartisanSentences.Confidence(score.Probability, model.Threshold), reasons, Advice(quotation)) with
        {
            Properties = ImmutableDictionary<string, string>.Empty
                .Add("score", score.Probability.ToString("0.0000", CultureInfo.InvariantCulture))
                .Add("phrases", string.Join("|", score.Reasons.Select(r => r.Text)))
                .Add("subject", subject),
        };
        if (context.Model.PeriodInForce is { } period)
        {
            // Comment on government in a pre-election period can read as a side taken in the election (county
            // protocol 8.82): the finding asks to be a warning, and the driver's severity stage decides.
            var election = period.Election;
            diagnostic = diagnostic with
            {
                Escalation = new DiagnosticEscalation(
                    DiagnosticSeverity.Warning,
                    $"in the pre-election period for {election.Name} of {ReleaseDates.Format(election.Poll)}"),
                Properties = diagnostic.Properties.Add("preElectionPeriod", election.Id),
            };
        }

        context.ReportDiagnostic(diagnostic);
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
