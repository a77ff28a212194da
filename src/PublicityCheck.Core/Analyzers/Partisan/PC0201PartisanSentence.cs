using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// PC0201: party-political language. Scores every sentence of four words or more with the built-in classifier, or
/// a model of the host's own, except a line that only names people (a photograph's caption), which makes no claim; in
/// a pre-election period a finding asks to be an error. A sentence that is the council's measured comment on a
/// government decision is left to <see cref="PC0204CommentOnGovernment"/> (<see cref="GovernmentComment"/> decides).
/// </summary>
public sealed class PC0201PartisanSentence : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0201",
        "Sentence reads as party-political",
        "Partisan language ({0}): {1}; {2}",
        RuleCategories.PartyPolitical,
        DiagnosticSeverity.Warning,
        "A classifier trained on council releases scores each sentence for electioneering, praise of a party's record, attacks on parties or groups, slogans and claims of credit. Council publicity must be objective and even-handed and must not appear to affect support for a political party (Local Government Act 1986 s.2; Code of Recommended Practice on Local Authority Publicity 2011; county protocol 8.81, 8.89).");

    /// <summary>Sentences of fewer words than this (headings such as "Notes to editors") give the classifier too little to go on.</summary>
    public const int MinimumWords = 4;

    private readonly Func<IPartisanScorer>? _model;

    /// <summary>Creates the analyzer that judges sentences by the scores in the release's model.</summary>
    public PC0201PartisanSentence()
    {
    }

    /// <summary>Creates the analyzer with a scorer of the host's own, which scores the sentences in place of the release model's.</summary>
    public PC0201PartisanSentence(Func<IPartisanScorer> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentenceAction(context =>
        {
            var model = context.Model;
            if (model.SeverityOf(Descriptor) != DiagnosticSeverity.None)
            {
                ReportPartisanSentence(context);
            }
        });
    }

    private void ReportPartisanSentence(SentenceAnalysisContext context)
    {
        // The council's measured comment on a government decision is PC0204's, which asks for balance, not silence.
        if (PartisanSentences.ReportedSentence(context, _model) is not { } reported
            || GovernmentComment.SubjectOf(context.Model, context.Sentence, reported.Quotation) is not null)
        {
            return;
        }

        // The message says how confident in words; the number is kept in the properties (JSON, SARIF).
        var score = reported.Explain();
        var diagnostic = Diagnostic.Create(Descriptor, context.Document, context.Sentence.Span, Confidence(score.Probability, reported.Scorer.Threshold), PartisanSentences.Phrases(score), Advice(reported.Quotation, context.Sentence.Text)) with
        {
            Properties = PartisanSentences.Properties(score),
        };

        // In a pre-election period party-political content is more than a style problem (county protocol 8.82): the
        // finding asks to be an error, and the driver's severity stage decides, after configuration.
        context.ReportDiagnostic(PartisanSentences.RaisedInPeriod(diagnostic, context.Model, DiagnosticSeverity.Error));
    }

    /// <summary>How confident the classifier is, in words (see <see cref="PartisanSentences.Confidence"/>).</summary>
    internal static string Confidence(double probability, double threshold) => PartisanSentences.Confidence(probability, threshold);

    /// <summary>
    /// What to do about a reported sentence: the council's own words are rewritten as fact, and where they credit a party,
    /// group or administration with what was done (<see cref="CreditClaims"/>), the council is credited instead, and where
    /// they speak as a party or a candidate (<see cref="PartyVoice"/>), in the council's name, and where they carry the
    /// council's own leadership's charge against another side (<see cref="ReportedAccusation.Read"/>), without it; a quotation is still the
    /// council's publicity, so its speaker is asked to put it another way (the Code covers what the council publishes,
    /// whoever is quoted), and told which words credit a party or speak as one where a frame holds them.
    /// </summary>
    internal static string Advice(Quotation? quotation, string? sentence = null)
    {
        var claim = sentence is null ? null : CreditClaims.Find(sentence) is { } c ? sentence.Substring(c.Start, c.Length) : null;
        var voice = sentence is null || claim is not null ? null : PartyVoice.Find(sentence) is { } v ? sentence.Substring(v.Start, v.Length) : null;
        if (quotation is null)
        {
            var charge = sentence is null || claim is not null || voice is not null ? null
                : ReportedAccusation.Read(sentence) is { CouncilsOwn: true } a ? sentence.Substring(a.Span.Start, a.Span.Length) : null;
            return (claim, voice, charge) switch
            {
                ({ } words, _, _) => $"it credits a party, group or administration with the council's work (\"{words}\"): say what the council did or will do, as fact, without naming who runs it",
                (_, { } words, _) => $"it speaks as a party or a candidate (\"{words}\"), and the council has no party and stands in no election: say what the council is doing, in the council's name",
                (_, _, { } words) => $"it carries a charge against another side made by the council's own leadership (\"{words}\"), which in the council's publicity is the council taking a side: say what the council decided and why, as fact, and leave the charge out",
                _ => "say what the council is doing as fact, without praise or blame of any party, group or administration",
            };
        }

        var named = quotation.Speaker is { } speaker ? PartisanSentences.Named(speaker) : null;
        var whose = named is null ? "these are quoted words, but the council publishes them" : $"these are {named}'s words, but the council publishes them";
        var asked = named ?? "the speaker";
        return (claim, voice) switch
        {
            ({ } words, _) => $"{whose}, and they credit a party, group or administration with the council's work (\"{words}\"): ask {asked} to say what the council did without naming who runs it",
            (_, { } words) => $"{whose}, and they speak as a party or a candidate (\"{words}\"): ask {asked} to speak for the council, in their council role",
            _ => $"{whose}: ask {asked} to say it without praise or blame of any party, group or administration",
        };
    }
}
