using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Calendar;
using PublicityCheck.Releases;

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
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("speaker");
            }

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
