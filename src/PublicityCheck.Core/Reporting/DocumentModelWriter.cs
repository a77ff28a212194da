using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck.Reporting;

/// <summary>
/// Writes a release's <see cref="ReleaseModel"/>, for <c>publicitycheck inspect</c>: path, format, title, publication date and where it came from,
/// properties, what the release is about (category, topics, wards), blocks, sentences (with their party-political
/// language score), quotations with their
/// speakers, suppressions and the pre-election periods in force, each with its location. Fields are only ever
/// added; the names here stay.
/// </summary>
public static class DocumentModelWriter
{
    /// <summary>Writes <paramref name="model"/> as JSON to <paramref name="output"/>.</summary>
    public static void Write(ReleaseModel model, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        JsonFields.WriteTo(output, json => Write(json, model));
    }

    private static void Write(Utf8JsonWriter json, ReleaseModel model)
    {
        var document = model.Document;
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("format", document.Format == ReleaseFormat.Word ? "word" : "markdown");
        JsonFields.WriteNullableString(json, "title", document.Metadata.Title);
        JsonFields.WriteNullableString(json, "publishOn", model.PublishOnOrigin == PublicationDateOrigin.Assumed ? null : Iso(model.PublishOn));
        JsonFields.WritePublishOnSource(json, model.PublishOnSource, model.Publication.Location);
        JsonFields.WriteNullableString(json, "publishOnDetail", model.Publication.Detail);
        json.WriteString("publishOnOrigin", JsonNamingPolicy.CamelCase.ConvertName(model.PublishOnOrigin.ToString()));
        json.WriteString("checkedAsOf", Iso(model.PublishOn));
        ReleaseModelFields.WriteProfile(json, model.Profile);
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
        foreach (var sentence in model.Sentences)
        {
            json.WriteStartObject();
            // The probability the party-political language rule (PC0201) judges the sentence by, and its verdict.
            var score = model.PartisanScoreOf(sentence);
            json.WriteNumber("partisanScore", Math.Round(score, 4));
            json.WriteBoolean("partisan", score >= model.PartisanClassifier.Threshold);
            WriteText(json, document, sentence.Text, sentence.Span);
        }

        json.WriteEndArray();
        ReleaseModelFields.WriteQuotes(json, model);
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
        ReleaseModelFields.WriteElectionPeriods(json, model.PeriodsInForce);
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
