using System.Collections.Immutable;
using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>Writes the JSON report described in <c>docs/json-format.md</c>.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonFields.WriteTo(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                WriteFile(json, file, report.Links);
            }

            json.WriteEndArray();
            var summary = report.Summary;
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteNumber("suppressed", summary.Suppressed);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteFile(Utf8JsonWriter json, FileResult file, RuleLinks links)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        JsonFields.WriteNullableString(json, "format", file.Format switch { ReleaseFormat.Markdown => "markdown", ReleaseFormat.Word => "word", _ => null });
        JsonFields.WriteNullableString(json, "publishOn", file.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : null);
        JsonFields.WritePublishOnSource(json, file.PublishOnSource, file.PublishOnLocation);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic, links);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, RuleLinks links)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Escalation is { } escalation)
        {
            json.WriteStartObject("escalation");
            json.WriteString("severity", escalation.Severity.ToName());
            json.WriteString("reason", escalation.Reason);
            json.WriteEndObject();
        }

        JsonFields.WriteLocation(json, diagnostic.Location);
        JsonFields.WriteNullableString(json, "text", diagnostic.Text);
        JsonFields.WriteNullableString(json, "suggestion", diagnostic.Suggestion);
        WriteFixes(json, diagnostic.Fixes);
        JsonFields.WriteNullableString(json, "helpUri", links.For(diagnostic.Descriptor)?.AbsoluteUri);
        json.WriteBoolean("suppressed", diagnostic.IsSuppressed);
        if (diagnostic.Suppression is { } suppression)
        {
            JsonFields.WriteNullableString(json, "justification", suppression.Justification);
        }

        if (!diagnostic.Properties.IsEmpty)
        {
            json.WriteStartObject("properties");
            foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // Every candidate, best first: its title, whether it is safe to apply unread, and its edits (none for advice).
    private static void WriteFixes(Utf8JsonWriter json, ImmutableArray<SuggestedFix> fixes)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteBoolean("safe", fix.IsSafe);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                JsonFields.WriteLocation(json, edit.Location);
                json.WriteString("oldText", edit.OldText);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
