using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>
/// Writes a release as the engine sees it, for <c>publicitycheck inspect</c>: path, format, title, publication date,
/// properties, blocks, sentences and suppressions, each with its location. Later rule families add fields; the
/// names here stay.
/// </summary>
public static class DocumentModelWriter
{
    /// <summary>Writes <paramref name="document"/> as JSON to <paramref name="output"/>.</summary>
    public static void Write(ReleaseDocument document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        JsonFields.WriteTo(output, json => Write(json, document));
    }

    private static void Write(Utf8JsonWriter json, ReleaseDocument document)
    {
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("format", document.Format == ReleaseFormat.Word ? "word" : "markdown");
        JsonFields.WriteNullableString(json, "title", document.Metadata.Title);
        JsonFields.WriteNullableString(json, "publishOn", document.Metadata.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : null);
        json.WriteStartObject("properties");
        foreach (var (key, values) in document.Metadata.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteStartArray(key);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartArray("blocks");
        foreach (var block in document.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(block.Kind.ToString()));
            if (block.Level > 0)
            {
                json.WriteNumber("level", block.Level);
            }

            WriteText(json, document, block.Text, block.Span);
        }

        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            WriteText(json, document, sentence.Text, sentence.Span);
        }

        json.WriteEndArray();
        json.WriteStartArray("suppressions");
        foreach (var suppression in document.Suppressions)
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var id in suppression.RuleIds.IsDefault ? [] : suppression.RuleIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            JsonFields.WriteLocation(json, new SourceLocation(document.Path, suppression.Part, suppression.Start, suppression.End));
            JsonFields.WriteNullableString(json, "justification", suppression.Justification);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Ends the object the caller started: its text and location.
    private static void WriteText(Utf8JsonWriter json, ReleaseDocument document, string text, TextSpan span)
    {
        json.WriteString("text", text);
        JsonFields.WriteLocation(json, document.GetLocation(span));
        json.WriteEndObject();
    }
}
