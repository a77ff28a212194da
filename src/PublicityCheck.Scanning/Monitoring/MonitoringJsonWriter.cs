using System.Text.Encodings.Web;
using System.Text.Json;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>Writes a <see cref="MonitoringReport"/> as one JSON document (docs/report-format.md).</summary>
public static class MonitoringJsonWriter
{
    /// <summary>The version of the document's shape, written as <c>version</c>.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(MonitoringReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("generated", MonitoringCsvWriter.Time(report.Generated));
        WriteTotals(json, report);
        WriteBalance(json, report.Balance);
        json.WriteStartArray("rules");
        foreach (var r in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("rule", r.RuleId);
            json.WriteNumber("releases", r.Releases);
            json.WriteNumber("suppressed", r.Suppressed);
            json.WriteNumber("open", r.Open);
            json.WriteNumber("fixed", r.Fixed);
            json.WriteBoolean("noisy", r.Noisy);
            Strings(json, "suppressedIn", r.SuppressedReleases);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("suppressions");
        foreach (var s in report.History.Suppressions)
        {
            json.WriteStartObject();
            json.WriteString("path", s.Path);
            json.WriteNumber("line", s.Line);
            json.WriteString("rule", s.RuleId);
            json.WriteString("text", s.Text);
            json.WriteString("reason", s.Reason);
            json.WriteString("approver", s.Approver);
            json.WriteString("date", s.Date);
            json.WriteBoolean("findingExists", s.FindingExists);
            json.WriteString("justification", s.Justification);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("releases");
        foreach (var r in report.History.Releases)
        {
            json.WriteStartObject();
            json.WriteString("path", r.Path);
            json.WriteString("publishOn", MonitoringCsvWriter.Date(r.PublishOn));
            json.WriteNumber("quotations", r.Quotations);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quotations");
        foreach (var q in report.History.Quotations)
        {
            json.WriteStartObject();
            json.WriteString("path", q.Path);
            json.WriteString("publishOn", MonitoringCsvWriter.Date(q.PublishOn));
            json.WriteNumber("ordinal", q.Ordinal);
            json.WriteString("personId", q.PersonId);
            json.WriteString("name", q.Name);
            json.WriteString("party", q.Party);
            json.WriteString("standing", q.Standing);
            json.WriteString("roles", q.Roles);
            json.WriteBoolean("ownCapacity", q.OwnCapacity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var f in report.History.Findings)
        {
            json.WriteStartObject();
            json.WriteString("path", f.Path);
            json.WriteString("rule", f.RuleId);
            json.WriteString("severity", f.Severity);
            json.WriteString("text", f.Text);
            json.WriteString("message", f.Message);
            json.WriteString("status", f.Status);
            json.WriteString("firstSeen", MonitoringCsvWriter.Time(f.FirstSeen));
            json.WriteString("lastSeen", MonitoringCsvWriter.Time(f.LastSeen));
            json.WriteString("resolved", MonitoringCsvWriter.Time(f.Resolved));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter json, MonitoringReport report)
    {
        json.WriteStartObject("totals");
        json.WriteNumber("releases", report.History.Releases.Length);
        json.WriteNumber("quotations", report.Balance.Quotations);
        json.WriteNumber("memberQuotations", report.Balance.MemberQuotations);
        json.WriteNumber("suppressions", report.History.Suppressions.Length);
        json.WriteNumber("flags", report.Balance.Flags.Count());
        json.WriteNumber("noisyRules", report.Rules.Count(r => r.Noisy));
        json.WriteEndObject();
    }

    private static void WriteBalance(Utf8JsonWriter json, BalanceReport balance)
    {
        json.WriteStartObject("balance");
        json.WriteStartObject("settings");
        json.WriteNumber("window", balance.Settings.EffectiveWindowDays);
        json.WriteNumber("margin", balance.Settings.EffectiveMargin);
        json.WriteNumber("minimumQuotations", balance.Settings.EffectiveMinimumQuotations);
        json.WriteEndObject();
        Strings(json, "months", balance.Months);
        foreach (var (name, series) in new[] { ("byParty", balance.ByParty), ("byStanding", balance.ByStanding), ("byPerson", balance.ByPerson) })
        {
            json.WriteStartArray(name);
            foreach (var s in series)
            {
                json.WriteStartObject();
                json.WriteString("name", s.Name);
                json.WriteNumber("total", s.Total);
                json.WriteStartArray("perMonth");
                foreach (var n in s.PerMonth)
                {
                    json.WriteNumberValue(n);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("polls");
        foreach (var p in balance.Polls)
        {
            json.WriteStartObject();
            json.WriteString("election", p.ElectionId);
            json.WriteString("name", p.ElectionName);
            json.WriteString("poll", MonitoringCsvWriter.Date(p.Poll));
            json.WriteString("windowStart", MonitoringCsvWriter.Date(p.WindowStart));
            json.WriteString("yearStart", MonitoringCsvWriter.Date(p.YearStart));
            json.WriteNumber("windowQuotations", p.WindowQuotations);
            json.WriteNumber("restQuotations", p.RestQuotations);
            json.WriteStartArray("shares");
            foreach (var s in p.Shares)
            {
                json.WriteStartObject();
                json.WriteString("dimension", s.Dimension);
                json.WriteString("group", s.Group);
                json.WriteNumber("window", s.Window);
                json.WriteNumber("rest", s.Rest);
                json.WriteNumber("windowShare", Math.Round(s.WindowShare, 4));
                json.WriteNumber("restShare", Math.Round(s.RestShare, 4));
                json.WriteNumber("departure", Math.Round(s.Departure, 2));
                json.WriteBoolean("flagged", s.Flagged);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
