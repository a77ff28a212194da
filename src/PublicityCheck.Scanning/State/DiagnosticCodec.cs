using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using PublicityCheck.Diagnostics;
using NodaTime.Text;
using PublicityCheck.Documents;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// Turns a file's findings into JSON for the state file and back. A finding read back is restored against its
/// rule's descriptor in <paramref name="catalogue"/>, the rules the checker has now, found by id, with the message it
/// was given when the file was checked. A finding of a rule the catalogue no longer holds (a council's rule removed
/// since) is kept as it was stored, under a descriptor that says the rule is no longer known.
/// </summary>
/// <param name="catalogue">Every rule the checker can report, by id.</param>
internal sealed class DiagnosticCodec(IReadOnlyDictionary<string, DiagnosticDescriptor> catalogue)
{
    /// <summary>The title of the descriptor a finding of a rule no longer known is read back under.</summary>
    public const string UnknownRuleTitle = "Rule no longer known";

    private readonly ConcurrentDictionary<string, DiagnosticDescriptor> _unknown = new(StringComparer.Ordinal);

    public static string Encode(FileResult result, IEnumerable<(Diagnostic Diagnostic, string? Excerpt)> diagnostics) =>
        JsonSerializer.Serialize(
            new StoredResult(
                result.Format?.ToString(),
                result.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : null,
                [.. diagnostics.Select(x => ToStored(x.Diagnostic, x.Excerpt))],
                result.PublishOnSource?.ToString()),
            StoredJson.Default.StoredResult);

    /// <summary>The result and excerpts in <paramref name="json"/>, or null when the stored JSON cannot be read back.</summary>
    public (FileResult Result, List<string?> Excerpts)? Decode(string json, string displayPath)
    {
        var stored = JsonSerializer.Deserialize(json, StoredJson.Default.StoredResult);
        if (stored is null)
        {
            return null;
        }

        var decoded = new List<Diagnostic>(stored.Diagnostics.Count);
        var excerpts = new List<string?>(stored.Diagnostics.Count);
        foreach (var s in stored.Diagnostics)
        {
            if (!DiagnosticSeverityNames.TryParse(s.Severity, out var severity))
            {
                return null;
            }

            var rule = catalogue.TryGetValue(s.Id, out var known) ? known : _unknown.GetOrAdd(s.Id, UnknownRule);

            DiagnosticEscalation? escalation = null;
            if (s.Escalation is { } raised)
            {
                if (!DiagnosticSeverityNames.TryParse(raised.Severity, out var raisedTo))
                {
                    return null;
                }

                escalation = new DiagnosticEscalation(raisedTo, raised.Reason);
            }

            // The message was formatted when the file was checked, and is given back as it was.
            var location = new SourceLocation(displayPath, s.Part, new SourcePosition(s.StartLine, s.StartColumn), new SourcePosition(s.EndLine, s.EndColumn));
            var diagnostic = Diagnostic.Create(rule, location) with
            {
                Message = s.Message,
                Severity = severity,
                Escalation = escalation,
                Text = s.Text,
                Suggestion = s.Suggestion,
                Properties = s.Properties is null ? ImmutableDictionary<string, string>.Empty : s.Properties.ToImmutableDictionary(StringComparer.Ordinal),
                Suppression = s.Suppression is { } sup
                    ? new SuppressionInfo(sup.Justification, new SourceLocation(displayPath, sup.Part, new SourcePosition(sup.Line, sup.Column), new SourcePosition(sup.Line, sup.Column)))
                    : null,
            };
            decoded.Add(diagnostic);
            excerpts.Add(s.Excerpt);
        }

        var format = Enum.TryParse<ReleaseFormat>(stored.Format, out var f) ? f : (ReleaseFormat?)null;
        var publishOn = stored.PublishOn is null ? (NodaTime.LocalDate?)null : LocalDatePattern.Iso.Parse(stored.PublishOn).Value;
        var source = Enum.TryParse<PublishOnSource>(stored.PublishOnSource, out var storedSource) ? storedSource : (PublishOnSource?)null;
        return (new FileResult(displayPath, format, publishOn, [.. decoded]) { PublishOnSource = source }, excerpts);
    }

    // Stands in for a rule that is gone, so that its stored finding still reads back whole.
    private static DiagnosticDescriptor UnknownRule(string id) => new(
        id,
        UnknownRuleTitle,
        "{0}",
        "Unknown",
        DiagnosticSeverity.Warning,
        $"The state file holds a finding of {id}, a rule the checker no longer has (a council's rule removed since the file was checked); the finding is kept as it was stored.",
        new Uri(DiagnosticDescriptor.HelpBaseUri + "README.md", UriKind.Relative));

    private static StoredDiagnostic ToStored(Diagnostic d, string? excerpt) => new(
        d.Id,
        d.Severity.ToName(),
        d.Message,
        d.Location.Path,
        d.Location.Part,
        d.Location.Start.Line,
        d.Location.Start.Column,
        d.Location.End.Line,
        d.Location.End.Column,
        d.Text,
        d.Suggestion,
        d.Properties.IsEmpty ? null : d.Properties.ToDictionary(StringComparer.Ordinal),
        d.Suppression is { } s ? new StoredSuppression(s.Justification, s.Origin.Part, s.Origin.Start.Line, s.Origin.Start.Column) : null,
        excerpt,
        d.Escalation is { } e ? new StoredEscalation(e.Severity.ToName(), e.Reason) : null);
}
