using System.Globalization;
using System.Net;
using System.Text;
using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Scanning.Html;

/// <summary>
/// Writes the Monitoring Officer's view as one self-contained HTML page (CSS and chart inline; nothing fetched, no
/// script but the error trap): totals, the balance of quotations by month (chart and tables), the shares of
/// executive, non-executive and opposition members, the comparison before each poll with its flags, the audit of
/// approvals, and each rule's record with the noisy ones listed.
/// </summary>
public static class MonitoringHtmlWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(MonitoringReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        html.Append("<title>PublicityCheck: balance and approvals</title>");
        html.Append("<script>window.onerror=function(m,s,l,c){var e=document.getElementById('script-errors');if(e){e.textContent+=m+' ('+l+':'+c+')\\n';}};</script>");
        html.Append("<style>").Append(Resource("report.css")).Append(Resource("monitoring.css")).Append("</style></head><body>");
        html.Append("<pre id=\"script-errors\"></pre>");
        html.Append("<h1>Balance and approvals</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">From the scan history, {report.Generated:dddd d MMMM yyyy, HH:mm}.</p>");
        AppendTotals(html, report);
        BalanceSection.Append(html, report.Balance);
        AuditSection.Append(html, report);
        html.Append("</body></html>\n");
        output.Write(html.ToString());
    }

    private static void AppendTotals(StringBuilder html, MonitoringReport report)
    {
        html.Append("<div class=\"totals\">");
        Total(html, "releases", "releases", report.History.Releases.Length);
        Total(html, "quotations", "quotations", report.Balance.Quotations);
        Total(html, "member-quotations", "of members", report.Balance.MemberQuotations);
        Total(html, "flags", "balance flags", report.Balance.Flags.Count());
        Total(html, "suppressions", "suppressions", report.History.Suppressions.Length);
        Total(html, "noisy", "noisy rules", report.Rules.Count(r => r.Noisy));
        html.Append("</div>");
    }

    private static void Total(StringBuilder html, string key, string label, int value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"total {key}\"><b id=\"count-{key}\" data-count=\"{value}\">{value}</b>{label}</div>");

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    internal static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Resource(string name)
    {
        using var stream = typeof(MonitoringHtmlWriter).Assembly.GetManifestResourceStream("PublicityCheck.Scanning.Html." + name)
            ?? throw new InvalidOperationException($"The report's {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
