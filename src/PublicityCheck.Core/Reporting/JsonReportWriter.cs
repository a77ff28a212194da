using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>Writes the JSON report described in <c>docs/json-format.md</c>.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                WriteFile(json, file);
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
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WriteFile(Utf8JsonWriter json, FileResult file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        WriteNullableString(json, "format", file.Format switch { ReleaseFormat.Markdown => "markdown", ReleaseFormat.Word => "word", _ => null });
        WriteNullableString(json, "publishOn", file.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : null);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("message", diagnostic.Message);
        var location = diagnostic.Location;
        json.WriteStartObject("location");
        json.WriteString("part", location.Part);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", location.End.Column);
        json.WriteEndObject();
        WriteNullableString(json, "text", diagnostic.Text);
        WriteNullableString(json, "suggestion", diagnostic.Suggestion);
        json.WriteString("helpUri", diagnostic.Descriptor.HelpUri.ToString());
        json.WriteBoolean("suppressed", diagnostic.IsSuppressed);
        if (diagnostic.Suppression is { } suppression)
        {
            WriteNullableString(json, "justification", suppression.Justification);
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

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
