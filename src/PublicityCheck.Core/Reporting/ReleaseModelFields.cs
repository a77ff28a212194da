using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Calendar;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Reporting;

/// <summary>The fields of the document model that come from what the rules work out: the release's profile, its quotations and speakers, and the pre-election periods in force.</summary>
internal static class ReleaseModelFields
{
    public static void WriteProfile(Utf8JsonWriter json, ReleaseDocument document, AnalysisOptions options)
    {
        var profile = ReleaseProfile.Of(document, options.Configuration);
        json.WriteString("category", profile.Kind.ToName());
        json.WriteBoolean("categoryStated", profile.KindStated);
        WriteStrings(json, "topics", profile.Topics);
        WriteStrings(json, "wards", profile.Wards);
    }

    public static void WriteQuotes(Utf8JsonWriter json, ReleaseDocument document, AnalysisOptions options)
    {
        json.WriteStartArray("quotes");
        foreach (var quoted in QuotedSpeaker.ResolveAll(document, options.Configuration, options.PublishOn))
        {
            json.WriteStartObject();
            json.WriteString("text", quoted.Quotation.Text);
            JsonFields.WriteLocation(json, document.GetLocation(quoted.Quotation.Span));
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

    public static void WriteElectionPeriods(Utf8JsonWriter json, ReleaseDocument document, AnalysisOptions options)
    {
        json.WriteStartArray("electionPeriods");
        if (PreElectionPeriods.PeriodInForce(document, options) is { } period)
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
