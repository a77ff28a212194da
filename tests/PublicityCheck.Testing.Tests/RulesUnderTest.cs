using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Testing.Tests;

/// <summary>One rule: WVB101, "the authority" where house style says "the council", suggesting it.</summary>
public sealed class AuthorityAnalyzer : PublicityAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "WVB101", "Call the council the council", "Call it 'the council', not '{0}'", "House style", DiagnosticSeverity.Warning,
        "Readers do not know what 'the authority' is; house style names the council.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterBlockAction(context =>
        {
            var text = context.Block.Text;
            for (var at = text.IndexOf("the authority", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("the authority", at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var span = new TextSpan(context.Block.Span.Start + at, "the authority".Length);
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Document, span, context.Document.GetText(span)) with { Suggestion = "the council" });
            }
        });
}

/// <summary>
/// Two rules about dates: WVB201, a release that publishes at a weekend (about the whole file); WVB202, a day name
/// that does not match the date after it ("Monday 3 March 2026", a Tuesday).
/// </summary>
public sealed partial class PublicationDayAnalyzer : PublicityAnalyzer
{
    public static readonly DiagnosticDescriptor Weekend = new(
        "WVB201", "Publishes at a weekend", "The release publishes on a {0}, when the press office is closed", "House style",
        DiagnosticSeverity.Info, "Nobody can answer journalists' questions at a weekend.");

    public static readonly DiagnosticDescriptor WrongDay = new(
        "WVB202", "Day does not match date", "{0} is a {1}", "House style", DiagnosticSeverity.Warning,
        "A day name and a date that disagree leave readers unsure which is meant.");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Weekend, WrongDay];

    public override void Initialize(AnalyzerRegistration registration)
    {
        registration.RegisterDocumentAction(context =>
        {
            if (context.Model.PublishOn.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                context.ReportDiagnostic(Diagnostic.Create(Weekend, SourceLocation.ForFile(context.Document.Path), context.Model.PublishOn.DayOfWeek));
            }
        });
        registration.RegisterSentenceAction(context =>
        {
            foreach (Match match in DayAndDate().Matches(context.Sentence.Text))
            {
                var parsed = DatePattern.Parse(match.Groups["date"].Value);
                if (parsed.Success && !string.Equals(parsed.Value.DayOfWeek.ToString(), match.Groups["day"].Value, StringComparison.Ordinal))
                {
                    var span = new TextSpan(context.Sentence.Span.Start + match.Index, match.Length);
                    context.ReportDiagnostic(WrongDay, span, match.Groups["date"].Value, parsed.Value.DayOfWeek);
                }
            }
        });
    }

    [GeneratedRegex(@"(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?<date>[0-9]{1,2} [A-Z][a-z]+ [0-9]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DayAndDate();
}

/// <summary>WVB301: a configured councillor named without the title "Councillor" before the name.</summary>
public sealed class CouncillorTitleAnalyzer : PublicityAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "WVB301", "Councillor without title", "Give {0} the title Councillor on first mention", "House style", DiagnosticSeverity.Warning,
        "House style gives every councillor the title Councillor on first mention.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterDocumentAction(context =>
        {
            foreach (var person in context.Model.Roster.People.Where(p => p.Kind == People.PersonKind.Member))
            {
                var at = context.Document.Text.IndexOf(person.Name, StringComparison.Ordinal);
                if (at >= 0 && !context.Document.Text[..at].EndsWith("Councillor ", StringComparison.Ordinal))
                {
                    context.ReportDiagnostic(Rule, new TextSpan(at, person.Name.Length), person.Name);
                }
            }
        });
}

/// <summary>Fails on every release, as a rule with a bug would.</summary>
public sealed class FailingAnalyzer : PublicityAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "WVB901", "Never reported", "Never", "House style", DiagnosticSeverity.Warning, "Never reported.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterDocumentAction(_ => throw new InvalidOperationException("the ward list was not loaded"));
}
