using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>
/// Writes a release as the engine sees it, for <c>publicitycheck inspect</c>: path, format, title, publication date,
/// properties, what the release is about (category, topics, wards), blocks, sentences (with their party-political
/// language score), quotations with their
/// speakers, suppressions and the pre-election periods in force, each with its location. Fields are only ever
/// added; the names here stay.
/// </summary>
public static class DocumentModelWriter
{
    /// <summary>Writes <paramref name="inspection"/> as JSON to <paramref name="output"/>.</summary>
    public static void Write(ReleaseInspection inspection, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(output);
        JsonFields.WriteTo(output, json => Write(json, inspection.Document, inspection.Options));
    }

    private static void Write(Utf8JsonWriter json, ReleaseDocument document, AnalysisOptions options)
    {
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("format", document.Format == ReleaseFormat.Word ? "word" : "markdown");
        JsonFields.WriteNullableString(json, "title", document.Metadata.Title);
        var stated = options.PublishOnGiven ? options.PublishOn : document.Metadata.PublishOn;
        JsonFields.WriteNullableString(json, "publishOn", stated is { } date ? Iso(date) : null);
        var source = options.Publication ?? (options.PublishOnGiven ? null : document.Metadata.Publication);
        JsonFields.WritePublishOnSource(json, source?.Source, source?.Location);
        JsonFields.WriteNullableString(json, "publishOnDetail", source?.Detail);
        json.WriteString("checkedAsOf", Iso(options.PublishOn));
        ReleaseModelFields.WriteProfile(json, document, options);
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
        var model = PartisanClassifier.Default;
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            // The probability the party-political language rule (PC0201) judges the sentence by, and its verdict.
            var score = model.Score(sentence.Text);
            json.WriteNumber("partisanScore", Math.Round(score, 4));
            json.WriteBoolean("partisan", score >= model.Threshold);
            WriteText(json, document, sentence.Text, sentence.Span);
        }

        json.WriteEndArray();
        ReleaseModelFields.WriteQuotes(json, document, options);
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
        ReleaseModelFields.WriteElectionPeriods(json, document, options);
        json.WriteEndObject();
    }

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    // Ends the object the caller started: its text and location.
    private static void WriteText(Utf8JsonWriter json, ReleaseDocument document, string text, TextSpan span)
    {
        json.WriteString("text", text);
        JsonFields.WriteLocation(json, document.GetLocation(span));
        json.WriteEndObject();
    }
}
