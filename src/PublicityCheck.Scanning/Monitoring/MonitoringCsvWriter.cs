using System.Globalization;
using NodaTime.Text;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// Writes a <see cref="MonitoringReport"/> as CSV files for a council's own dashboards, one table a file, each with a
/// header row (docs/report-format.md): releases, quotations, findings, balance by month, the comparison before each
/// poll, rules, and the audit of approvals.
/// </summary>
public static class MonitoringCsvWriter
{
    /// <summary>The files <see cref="WriteFolder"/> writes, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["releases.csv", "quotations.csv", "findings.csv", "balance.csv", "polls.csv", "rules.csv", "suppressions.csv"];

    /// <summary>Writes every table of <paramref name="report"/>, each through <paramref name="open"/>, which is given the file's name.</summary>
    public static void WriteFolder(MonitoringReport report, Action<string, Action<TextWriter>> open)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(open);
        open("releases.csv", output => Releases(report, output));
        open("quotations.csv", output => Quotations(report, output));
        open("findings.csv", output => Findings(report, output));
        open("balance.csv", output => Balance(report, output));
        open("polls.csv", output => Polls(report, output));
        open("rules.csv", output => Rules(report, output));
        open("suppressions.csv", output => Suppressions(report, output));
    }

    /// <summary>The audit of approvals: one row for each finding a suppression hides, or for a suppression that hides none.</summary>
    public static void Suppressions(MonitoringReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        CsvText.Row(output, "path", "line", "rule", "text", "reason", "approver", "date", "findingExists", "justification");
        foreach (var s in report.History.Suppressions)
        {
            CsvText.Row(output, s.Path, s.Line, s.RuleId, s.Text, s.Reason, s.Approver, s.Date, s.FindingExists, s.Justification);
        }
    }

    private static void Releases(MonitoringReport report, TextWriter output)
    {
        CsvText.Row(output, "path", "publishOn", "quotations");
        foreach (var r in report.History.Releases)
        {
            CsvText.Row(output, r.Path, Date(r.PublishOn), r.Quotations);
        }
    }

    private static void Quotations(MonitoringReport report, TextWriter output)
    {
        CsvText.Row(output, "path", "publishOn", "ordinal", "personId", "name", "party", "standing", "roles", "ownCapacity");
        foreach (var q in report.History.Quotations)
        {
            CsvText.Row(output, q.Path, Date(q.PublishOn), q.Ordinal, q.PersonId, q.Name, q.Party, q.Standing, q.Roles, q.OwnCapacity);
        }
    }

    private static void Findings(MonitoringReport report, TextWriter output)
    {
        CsvText.Row(output, "path", "rule", "severity", "text", "message", "status", "firstSeen", "lastSeen", "resolved");
        foreach (var f in report.History.Findings)
        {
            CsvText.Row(output, f.Path, f.RuleId, f.Severity, f.Text, f.Message, f.Status, Time(f.FirstSeen), Time(f.LastSeen), Time(f.Resolved));
        }
    }

    private static void Balance(MonitoringReport report, TextWriter output)
    {
        CsvText.Row(output, "month", "dimension", "group", "quotations");
        var balance = report.Balance;
        foreach (var (dimension, series) in new[] { ("party", balance.ByParty), ("standing", balance.ByStanding), ("person", balance.ByPerson) })
        {
            foreach (var s in series)
            {
                for (var m = 0; m < balance.Months.Length; m++)
                {
                    CsvText.Row(output, balance.Months[m], dimension, s.Name, s.PerMonth[m]);
                }
            }
        }
    }

    private static void Polls(MonitoringReport report, TextWriter output)
    {
        CsvText.Row(output, "election", "poll", "windowStart", "yearStart", "dimension", "group", "window", "rest", "windowShare", "restShare", "departure", "flagged");
        foreach (var p in report.Balance.Polls)
        {
            foreach (var s in p.Shares)
            {
                CsvText.Row(output, p.ElectionId, Date(p.Poll), Date(p.WindowStart), Date(p.YearStart), s.Dimension, s.Group, s.Window, s.Rest, s.WindowShare, s.RestShare, s.Departure, s.Flagged);
            }
        }
    }

    private static void Rules(MonitoringReport report, TextWriter output)
    {
        CsvText.Row(output, "rule", "releases", "suppressedReleases", "suppressed", "open", "fixed", "noisy");
        foreach (var r in report.Rules)
        {
            CsvText.Row(output, r.RuleId, r.Releases, r.SuppressedReleases.Length, r.Suppressed, r.Open, r.Fixed, r.Noisy);
        }
    }

    internal static string? Date(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    internal static string? Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
