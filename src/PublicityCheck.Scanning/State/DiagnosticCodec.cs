using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using PublicityCheck.Diagnostics;
using NodaTime.Text;
using PublicityCheck.Documents;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// Turns a file's findings into JSON for the state file and back. A finding read back has the rule's descriptor
/// as the checker has it now (the fingerprint guarantees the rules are the same) and the message as it was.
/// </summary>
internal sealed class DiagnosticCodec(IReadOnlyDictionary<string, DiagnosticDescriptor> rules)
{
    private readonly ConcurrentDictionary<(string Id, string Message), DiagnosticDescriptor> _withMessage = new();

    public static string Encode(FileResult result, IEnumerable<(Diagnostic Diagnostic, string? Excerpt)> diagnostics) =>
        JsonSerializer.Serialize(
            new StoredResult(
                result.Format?.ToString(),
                result.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : null,
                [.. diagnostics.Select(x => ToStored(x.Diagnostic, x.Excerpt))],
                result.PublishOnSource?.ToString()),
            StoredJson.Default.StoredResult);

    /// <summary>The result and excerpts in <paramref name="json"/>, or null when a rule they name is no longer known.</summary>
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
            if (!rules.TryGetValue(s.Id, out var rule) || !DiagnosticSeverityNames.TryParse(s.Severity, out var severity))
            {
                return null;
            }

            DiagnosticEscalation? escalation = null;
            if (s.Escalation is { } raised)
            {
                if (!DiagnosticSeverityNames.TryParse(raised.Severity, out var raisedTo))
                {
                    return null;
                }

                escalation = new DiagnosticEscalation(raisedTo, raised.Reason);
            }

            // The message was formatted when the file was checked; a descriptor whose format is that message gives it back as it was.
            var descriptor = _withMessage.GetOrAdd((s.Id, s.Message), key =>
                new DiagnosticDescriptor(rule.Id, rule.Title, key.Message, rule.Category, rule.DefaultSeverity, rule.Description, rule.HelpUri));
            var location = new SourceLocation(displayPath, s.Part, new SourcePosition(s.StartLine, s.StartColumn), new SourcePosition(s.EndLine, s.EndColumn));
            var diagnostic = Diagnostic.Create(descriptor, location) with
            {
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
        var source = Enum.TryParse<PublishOnSource>(stored.PublishOnSource, out var known) ? known : (PublishOnSource?)null;
        return (new FileResult(displayPath, null, publishOn, [.. decoded]) { Format = format, PublishOnSource = source }, excerpts);
    }

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
