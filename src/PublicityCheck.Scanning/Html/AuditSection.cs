using System.Globalization;
using System.Text;
using PublicityCheck.Scanning.Monitoring;
using static PublicityCheck.Scanning.Html.MonitoringHtmlWriter;

namespace PublicityCheck.Scanning.Html;

/// <summary>The report's audit of approvals (every suppression, with reason, approver and date) and each rule's record, noisy rules first.</summary>
internal static class AuditSection
{
    public static void Append(StringBuilder html, MonitoringReport report)
    {
        AppendSuppressions(html, report);
        AppendRules(html, report);
    }

    private static void AppendSuppressions(StringBuilder html, MonitoringReport report)
    {
        html.Append("<section id=\"approvals\"><h2>Audit of approvals</h2>");
        if (report.History.Suppressions.IsEmpty)
        {
            html.Append("<p class=\"none\">No suppressions in the scanned releases.</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table id=\"suppressions\"><thead><tr><th>Release</th><th class=\"num\">Line</th><th>Rule</th><th>Words</th><th>Reason</th><th>Approver</th><th>Date</th><th>Finding</th></tr></thead><tbody>");
        foreach (var s in report.History.Suppressions)
        {
            var finding = s.FindingExists ? "still raised" : "<span class=\"gone\">no longer raised</span>";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Path)}</td><td class=\"num\">{s.Line}</td><td>{E(s.RuleId.Length == 0 ? "every rule" : s.RuleId)}</td><td>{E(s.Text)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(s.Reason)}</td><td>{E(s.Approver ?? "not written")}</td><td>{E(s.Date)}</td><td>{finding}</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    private static void AppendRules(StringBuilder html, MonitoringReport report)
    {
        html.Append("<section id=\"rules\"><h2>Rules that earn their place</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>A rule is noisy when its findings were suppressed in most of the releases it was raised in, over at least {report.NoisyRules.EffectiveMinimumReleases} releases: a case for tuning its severity or the council's configuration.</p>");
        var noisy = report.Rules.Where(r => r.Noisy).ToList();
        if (noisy.Count == 0)
        {
            html.Append("<p class=\"none\" id=\"no-noisy-rules\">No rule is noisy.</p>");
        }
        else
        {
            html.Append("<ul id=\"noisy-rules\">");
            foreach (var rule in noisy)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"noisy-badge\">Noisy</span> <b>{E(rule.RuleId)}</b>: suppressed in {rule.SuppressedReleases.Length} of {rule.Releases} releases ({E(string.Join(", ", rule.SuppressedReleases))})</li>");
            }

            html.Append("</ul>");
        }

        if (report.Rules.IsEmpty)
        {
            html.Append("<p class=\"none\">No findings recorded.</p></section>");
            return;
        }

        html.Append("<table id=\"rule-usage\"><thead><tr><th>Rule</th><th class=\"num\">Releases</th><th class=\"num\">Mostly suppressed in</th><th class=\"num\">Suppressed</th><th class=\"num\">Left open</th><th class=\"num\">Fixed</th></tr></thead><tbody>");
        foreach (var r in report.Rules)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.RuleId)}{(r.Noisy ? " <span class=\"noisy-badge\">Noisy</span>" : string.Empty)}</td><td class=\"num\">{r.Releases}</td><td class=\"num\">{r.SuppressedReleases.Length}</td><td class=\"num\">{r.Suppressed}</td><td class=\"num\">{r.Open}</td><td class=\"num\">{r.Fixed}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
