using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Calendar;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Reporting;

/// <summary>The fields of the release model beyond the document: the release's profile, its quotations and speakers, and the pre-election periods in force.</summary>
internal static class ReleaseModelFields
{
    public static void WriteProfile(Utf8JsonWriter json, ReleaseProfile profile)
    {
        json.WriteString("category", profile.Kind.ToName());
        json.WriteBoolean("categoryStated", profile.KindStated);
        WriteStrings(json, "topics", profile.Topics);
        WriteStrings(json, "wards", profile.Wards);
    }

    public static void WriteQuotes(Utf8JsonWriter json, ReleaseModel model)
    {
        json.WriteStartArray("quotes");
        foreach (var quoted in model.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("text", quoted.Quotation.Text);
            JsonFields.WriteLocation(json, model.Document.GetLocation(quoted.Quotation.Span));
            if (quoted.Quotation.Speaker is { } mention)
            {
                json.WriteStartObject("speaker");
                json.WriteString("name", mention.Name);
                JsonFields.WriteNullableString(json, "personId", quoted.Person?.Id);
                JsonFields.WriteNullableString(json, "roleText", mention.RoleText);
                WriteStrings(json, "roles", quoted.Person is null ? [] : [.. quoted.Roles.Select(r => r.Describe())]);
                json.WriteString("attribution", JsonNamingPolicy.CamelCase.ConvertName(mention.How.ToString()));
                json.WriteString("attributedBy", JsonNamingPolicy.CamelCase.ConvertName(mention.AttributedBy.ToString()));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("speaker");
            }

            WriteSignatories(json, model.Document, quoted.Quotation);
            WriteRepairs(json, model.Document, quoted.Quotation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Every signatory of a joint statement (empty for one speaker), each with where the release names them.
    private static void WriteSignatories(Utf8JsonWriter json, ReleaseDocument document, Quotation quotation)
    {
        json.WriteStartArray("signatories");
        foreach (var signatory in quotation.Signatories)
        {
            json.WriteStartObject();
            json.WriteString("name", signatory.Name);
            JsonFields.WriteNullableString(json, "roleText", signatory.RoleText);
            if (signatory.NameSpan is { } span)
            {
                JsonFields.WriteLocation(json, document.GetLocation(span));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The mistyped marks the quotation was read through, each where it is typed.
    private static void WriteRepairs(Utf8JsonWriter json, ReleaseDocument document, Quotation quotation)
    {
        json.WriteStartArray("repairs");
        foreach (var repair in quotation.Repairs)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(repair.Kind.ToString()));
            JsonFields.WriteLocation(json, document.GetLocation(repair.At));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteElectionPeriods(Utf8JsonWriter json, IEnumerable<PreElectionPeriod> inForce)
    {
        json.WriteStartArray("electionPeriods");
        foreach (var period in inForce)
        {
            WritePeriod(json, period);
        }

        json.WriteEndArray();
    }

    private static void WritePeriod(Utf8JsonWriter json, PreElectionPeriod period)
    {
        json.WriteStartObject();
        json.WriteString("election", period.Election.Id);
        json.WriteString("name", period.Election.Name);
        json.WriteString("start", LocalDatePattern.Iso.Format(period.Start));
        json.WriteString("end", LocalDatePattern.Iso.Format(period.End));
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
