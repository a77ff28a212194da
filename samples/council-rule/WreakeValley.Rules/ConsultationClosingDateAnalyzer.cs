using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace WreakeValley.Rules;

/// <summary>
/// The press office's house style for consultations. WVB001: a release that invites residents to respond to a
/// consultation or survey says when it closes, with the date in full. WVB002: the date it gives is not before the
/// release goes out, which happens when a draft written for an earlier launch is sent late.
/// </summary>
public sealed partial class ConsultationClosingDateAnalyzer : PublicityAnalyzer
{
    // The council's own page for its rules: replace this placeholder (the reserved .example domain never resolves)
    // with the address of the page on the council's intranet.
    private const string HelpPage = "https://intranet.wreakevalley.example/publicity/house-style-rules";

    /// <summary>WVB001: the release invites responses but gives no closing date.</summary>
    public static readonly DiagnosticDescriptor NoClosingDate = new(
        "WVB001",
        "Consultation without a closing date",
        "Say when the {0} closes: give the closing date in full, with its year",
        "House style",
        DiagnosticSeverity.Warning,
        "A release that invites residents to respond to a consultation or survey gives the date it closes, so that "
        + "nobody who reads it later responds too late. The date is given with its year, as the release is read long after it goes out.",
        new Uri(HelpPage + "#wvb001-consultation-without-a-closing-date"));

    /// <summary>WVB002: the closing date the release gives is before the day it is published.</summary>
    public static readonly DiagnosticDescriptor ClosesBeforePublication = new(
        "WVB002",
        "Consultation closes before publication",
        "The closing date, {0}, is before the release is published on {1}",
        "House style",
        DiagnosticSeverity.Error,
        "A release that asks residents to respond after the consultation has closed misleads them and invites complaints.",
        new Uri(HelpPage + "#wvb002-consultation-closes-before-publication"));

    private static readonly LocalDatePattern InFull = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NoClosingDate, ClosesBeforePublication];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        Match? invitation = null;
        Sentence? invitingSentence = null;
        var closings = new List<(Sentence Sentence, LocalDate Date)>();
        foreach (var sentence in context.Model.Sentences)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (invitation is null && Invites(sentence.Text) is { } subject)
            {
                (invitation, invitingSentence) = (subject, sentence);
            }

            if (ClosingDate(sentence.Text) is { } date)
            {
                closings.Add((sentence, date));
            }
        }

        if (invitation is null)
        {
            return;
        }

        if (closings.Count == 0)
        {
            var span = new TextSpan(invitingSentence!.Span.Start + invitation.Index, invitation.Length);
            context.ReportDiagnostic(NoClosingDate, span, invitation.Value.ToLowerInvariant());
            return;
        }

        var publishOn = context.Model.PublishOn;
        foreach (var (sentence, date) in closings.Where(c => c.Date < publishOn))
        {
            context.ReportDiagnostic(ClosesBeforePublication, sentence.Span, InFull.Format(date), InFull.Format(publishOn));
        }
    }

    // The consultation or survey a sentence invites residents to respond to; a consultation that is only mentioned
    // ("following last year's consultation") asks nothing of them.
    private static Match? Invites(string sentence)
    {
        var subject = Subject().Match(sentence);
        return subject.Success && Invitation().IsMatch(sentence) ? subject : null;
    }

    // The date after a word that says something closes ("closes on", "until", "deadline"), so that in "runs from
    // 2 March until 13 April 2026" the closing date is the second.
    private static LocalDate? ClosingDate(string sentence)
    {
        var cue = ClosingCue().Match(sentence);
        return cue.Success ? UkDateParser.FindFirst(sentence[cue.Index..]) : null;
    }

    [GeneratedRegex(@"\b(?:consultation|survey)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(
        @"\b(?:have (?:your|their) say|respond|responses?|take part|give (?:your|their) views?|comments?|is (?:now )?open|opens|launch(?:es|ed)?|invit(?:e|es|ed|ing))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invitation();

    [GeneratedRegex(@"\b(?:closes?|closing|deadline|until|ends|runs to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCue();
}
