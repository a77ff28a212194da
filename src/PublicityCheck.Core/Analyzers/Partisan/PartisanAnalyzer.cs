using System.Collections.Immutable;
using System.Globalization;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// PC02xx: party-political language. Scores every sentence of four words or more with the built-in classifier (PC0201), finds parties
/// named in the council's own words (PC0202) and electioneering phrases (PC0203). The word lists are data, in
/// <c>lexicons/partisan/</c>.
/// </summary>
public sealed class PartisanAnalyzer : PublicityAnalyzer
{
    private static readonly Lazy<PhraseList> PartyNames = new(() => PhraseList.FromLexicon("partisan/party-names.txt"));
    private static readonly Lazy<PhraseList> FactualContexts = new(() => PhraseList.FromLexicon("partisan/factual-contexts.txt"));
    private static readonly Lazy<PhraseList> ElectioneeringPhrases = new(() => PhraseList.FromLexicon("partisan/electioneering.txt"));

    /// <summary>Sentences of fewer words than this (headings such as "Notes to editors") give the classifier too little to go on.</summary>
    public const int MinimumWords = 4;

    private readonly Func<PartisanModel> _model;

    /// <summary>Creates the analyzer with the built-in model.</summary>
    public PartisanAnalyzer()
        : this(() => PartisanClassifier.Default)
    {
    }

    /// <summary>Creates the analyzer with a model of the host's own.</summary>
    public PartisanAnalyzer(Func<PartisanModel> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [PartisanDescriptors.PartisanSentence, PartisanDescriptors.PartyNamed, PartisanDescriptors.Electioneering];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentenceAction(context =>
        {
            var configuration = context.Options.Configuration;
            if (configuration.SeverityOf(PartisanDescriptors.PartisanSentence) != DiagnosticSeverity.None)
            {
                ReportPartisanSentence(context);
            }

            ReportPartyNames(context);
            Report(context, ElectioneeringPhrases.Value, PartisanDescriptors.Electioneering);
        });
    }

    private void ReportPartisanSentence(SentenceAnalysisContext context)
    {
        var sentence = context.Sentence;
        if (!HasWords(sentence.Text, MinimumWords))
        {
            return;
        }

        // Scoring alone is several times faster than explaining; only a sentence that is reported needs its reasons.
        var model = _model();
        if (model.Score(sentence.Text) < model.Threshold)
        {
            return;
        }

        var score = model.Classify(sentence.Text);

        // The message says how confident in words; the number is kept in the properties (JSON, SARIF).
        var reasons = score.Reasons.IsEmpty ? "the sentence as a whole" : string.Join(", ", score.Reasons.Select(r => "\"" + r.Text + "\""));
        var diagnostic = Diagnostic.Create(PartisanDescriptors.PartisanSentence, context.Document, sentence.Span, Confidence(score.Probability), reasons) with
        {
            Properties = ImmutableDictionary<string, string>.Empty
                .Add("score", score.Probability.ToString("0.0000", CultureInfo.InvariantCulture))
                .Add("phrases", string.Join("|", score.Reasons.Select(r => r.Text))),
        };
        if (PreElection.PreElectionAnalyzer.PeriodInForce(context.Document, context.Options) is { } period)
        {
            // In a pre-election period party-political content is more than a style problem (county protocol 8.82):
            // the finding asks to be an error, and the driver's severity stage decides, after configuration.
            var election = period.Election;
            diagnostic = diagnostic with
            {
                Escalation = new DiagnosticEscalation(
                    DiagnosticSeverity.Error,
                    $"in the pre-election period for {election.Name} of {PreElection.PreElectionAnalyzer.Format(election.Poll)}"),
                Properties = diagnostic.Properties.Add("preElectionPeriod", election.Id),
            };
        }

        context.ReportDiagnostic(diagnostic);
    }

    /// <summary>The probability at and above which a reported sentence is called "very likely" party-political.</summary>
    public const double VeryLikely = 0.9;

    /// <summary>How confident the classifier is, in words, for a sentence it reports.</summary>
    public static string Confidence(double probability) => probability >= VeryLikely ? "very likely" : "likely";

    // Whether the text has at least 'minimum' words; stops counting there.
    private static bool HasWords(string text, int minimum)
    {
        var words = 0;
        for (var i = 0; i < text.Length && words < minimum; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
            }
        }

        return words >= minimum;
    }

    private static void ReportPartyNames(SentenceAnalysisContext context)
    {
        var text = context.Sentence.Text;
        var parties = PartyNames.Value.Matches(text).ToList();
        if (parties.Count == 0 || FactualContexts.Value.Matches(text).Any())
        {
            return;
        }

        // Words inside a quotation are the speaker's, not the council's: only the council's own words count here.
        var quotations = context.Document.Quotations;
        foreach (var match in parties)
        {
            var span = new TextSpan(context.Sentence.Span.Start + match.Start, match.Length);
            if (!quotations.Any(q => q.Span.Contains(span)))
            {
                context.ReportDiagnostic(PartisanDescriptors.PartyNamed, span, context.Document.GetText(span));
            }
        }
    }

    private static void Report(SentenceAnalysisContext context, PhraseList phrases, DiagnosticDescriptor descriptor)
    {
        foreach (var match in phrases.Matches(context.Sentence.Text))
        {
            var span = new TextSpan(context.Sentence.Span.Start + match.Start, match.Length);
            context.ReportDiagnostic(descriptor, span, context.Document.GetText(span));
        }
    }
}
