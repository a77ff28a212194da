using System.Globalization;
using System.Net;
using System.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;

namespace PublicityCheck.Scanning.Html;

/// <summary>
/// Writes a scan as one self-contained HTML page (CSS, script and chart inline; nothing fetched): totals by
/// severity and rule, the files with their findings, filters, the history of runs, and print styles; and, when
/// given the Monitoring Officer's view of the scan's history, the balance of quotations over time and the audit of
/// approvals, as <c>publicitycheck report</c> writes them.
/// </summary>
/// <param name="links">Where each rule's page is; by default the pages installed with the tool. A rule with no page is not a link.</param>
public sealed class HtmlReportWriter(RuleLinks? links = null)
{
    /// <summary>The balance over time and the audit of approvals, read from the scan's state after the scan; none to leave them out.</summary>
    public Monitoring.MonitoringReport? Monitoring { get; init; }

    /// <summary>Writes <paramref name="scan"/> to <paramref name="output"/>.</summary>
    public void Write(ScanResult scan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(output);
        var summary = scan.ToCheckReport().Summary;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        html.Append("<title>PublicityCheck scan</title>");
        // Records script errors where a test (or a curious reader) can see them.
        html.Append("<script>window.onerror=function(m,s,l,c){var e=document.getElementById('script-errors');if(e){e.textContent+=m+' ('+l+':'+c+')\\n';}};</script>");
        html.Append("<style>").Append(Resource("report.css"));
        if (Monitoring is not null)
        {
            html.Append(Resource("monitoring.css"));
        }

        html.Append("</style></head><body>");
        html.Append("<pre id=\"script-errors\"></pre>");
        html.Append("<h1>PublicityCheck scan</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Run {scan.Run.Id}, {scan.Run.Started:dddd d MMMM yyyy, HH:mm}: {scan.Run.Files} files, {scan.Run.Analysed} checked again, {scan.Run.Files - scan.Run.Analysed} unchanged.</p>");
        AppendTotals(html, summary, scan);
        AppendRules(html, scan);
        html.Append("<h2>Findings per run</h2><div class=\"chart\">").Append(HistoryChart.Render(scan.History)).Append("</div>");
        AppendFilters(html, scan);
        AppendFiles(html, scan);
        AppendResolved(html, scan);
        if (Monitoring is not null)
        {
            BalanceSection.Append(html, Monitoring.Balance);
            AuditSection.Append(html, Monitoring);
        }

        html.Append("<script>").Append(Resource("report.js")).Append("</script></body></html>\n");
        output.Write(html.ToString());
    }

    private static void AppendTotals(StringBuilder html, CheckSummary summary, ScanResult scan)
    {
        html.Append("<div class=\"totals\">");
        Total(html, "files", "files", summary.Files);
        Total(html, "error", "errors", summary.Errors);
        Total(html, "warning", "warnings", summary.Warnings);
        Total(html, "info", "notes", summary.Infos);
        Total(html, "new", "new", scan.NewCount);
        Total(html, "open", "still open", scan.StillOpenCount);
        Total(html, "resolved", "resolved", scan.Resolved.Length);
        Total(html, "suppressed", "suppressed", summary.Suppressed);
        html.Append("</div>");
    }

    private static void Total(StringBuilder html, string key, string label, int value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"total {key}\"><b id=\"count-{key}\" data-count=\"{value}\">{value}</b>{label}</div>");

    private void AppendRules(StringBuilder html, ScanResult scan)
    {
        html.Append("<h2>By rule</h2>");
        var byRule = Active(scan).GroupBy(f => f.Diagnostic.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byRule.Count == 0)
        {
            html.Append("<p class=\"none\">No open findings.</p>");
            return;
        }

        html.Append("<table id=\"by-rule\"><thead><tr><th>Rule</th><th>Title</th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Notes</th><th class=\"num\">New</th></tr></thead><tbody>");
        foreach (var group in byRule)
        {
            var descriptor = scan.Rules.FirstOrDefault(r => r.Id == group.Key);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{RuleCell(group.First().Diagnostic)}</td><td>{E(descriptor?.Title ?? string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{group.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Error)}</td><td class=\"num\">{group.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Warning)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{group.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Info)}</td><td class=\"num\">{group.Count(f => f.Status == FindingStatus.New)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendFilters(StringBuilder html, ScanResult scan)
    {
        html.Append("<h2>Files</h2><div class=\"filters\">");
        html.Append("<label for=\"filter-severity\">Severity</label><select id=\"filter-severity\"><option value=\"\">All</option><option value=\"error\">Error</option><option value=\"warning\">Warning</option><option value=\"info\">Info</option></select>");
        html.Append("<label for=\"filter-rule\">Rule</label><select id=\"filter-rule\"><option value=\"\">All</option>");
        foreach (var id in Active(scan).Select(f => f.Diagnostic.Id).Distinct().Order(StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(id)}\">{E(id)}</option>");
        }

        html.Append("</select><label><input type=\"checkbox\" id=\"filter-new\"> New only</label><span id=\"shown\"></span></div>");
    }

    private void AppendFiles(StringBuilder html, ScanResult scan)
    {
        foreach (var file in scan.Files.Where(f => f.Findings.Any(x => x.Status is not null)))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"file-block\"><h3 class=\"file\">{E(file.Result.Path)} <span class=\"reused\">{(file.Analysed ? "checked in this run" : "unchanged since last checked")}</span></h3>");
            html.Append("<table><thead><tr><th>Where</th><th>Severity</th><th>Rule</th><th>Finding</th><th>Status</th></tr></thead><tbody>");
            foreach (var finding in file.Findings.Where(x => x.Status is not null))
            {
                AppendFinding(html, finding);
            }

            html.Append("</tbody></table></section>");
        }

        var clean = scan.Files.Count(f => f.Findings.All(x => x.Status is null));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">{clean} of {scan.Files.Length} files have no open findings.</p>");
    }

    private void AppendFinding(StringBuilder html, ScannedFinding finding)
    {
        var d = finding.Diagnostic;
        var severity = d.Severity.ToName();
        var status = finding.Status switch
        {
            FindingStatus.New => "new",
            FindingStatus.Updated => "changed",
            _ => "open",
        };
        var where = d.Location.Part is "file" ? "whole file" : $"{(d.Location.Part is "body" ? string.Empty : d.Location.Part + " ")}{d.Location.Start.Line}:{d.Location.Start.Column}";
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"finding\" data-severity=\"{severity}\" data-rule=\"{E(d.Id)}\" data-status=\"{status}\">");
        html.Append(CultureInfo.InvariantCulture, $"<td>{E(where)}</td><td class=\"sev {severity}\">{severity}</td><td>{RuleCell(d)}</td>");
        var raised = d.Escalation is { } escalation ? $" (raised: {escalation.Reason})" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<td>{E(d.Message + raised)}{Excerpt(finding.Excerpt, d.Text)}</td>");
        html.Append(CultureInfo.InvariantCulture, $"<td>{Badge(status)}</td></tr>");
    }

    // As scan's console report groups them: new since the last scan, changed (open then, with another message or
    // severity now: SARIF's baselineState "updated"), or still open as it was.
    private static string Badge(string status) => status switch
    {
        "new" => "<span class=\"badge new\" title=\"Not open at the last scan\">New</span>",
        "changed" => "<span class=\"badge changed\" title=\"Open at the last scan; its message or severity has changed since\">Changed</span>",
        _ => "<span class=\"badge open\" title=\"Open at the last scan, as it is now\">Still open</span>",
    };

    private string RuleCell(Diagnostic d) =>
        (links ?? RuleLinks.Installed).For(d.Descriptor) is { } help ? $"<a href=\"{E(help.AbsoluteUri)}\">{E(d.Id)}</a>" : E(d.Id);

    private static string Excerpt(string? excerpt, string? words)
    {
        if (string.IsNullOrEmpty(excerpt))
        {
            return string.Empty;
        }

        var at = string.IsNullOrEmpty(words) ? -1 : excerpt.IndexOf(words.Replace('\n', ' '), StringComparison.Ordinal);
        var body = at < 0
            ? E(excerpt)
            : E(excerpt[..at]) + "<mark>" + E(excerpt.Substring(at, words!.Length)) + "</mark>" + E(excerpt[(at + words.Length)..]);
        return "<div class=\"excerpt\">" + body + "</div>";
    }

    private static void AppendResolved(StringBuilder html, ScanResult scan)
    {
        html.Append("<h2>Resolved since the last run</h2>");
        if (scan.Resolved.IsEmpty)
        {
            html.Append("<p class=\"none\">None.</p>");
            return;
        }

        html.Append("<table id=\"resolved\"><thead><tr><th>File</th><th>Rule</th><th>Finding</th></tr></thead><tbody>");
        foreach (var r in scan.Resolved)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.RelativePath)}</td><td>{E(r.RuleId)}</td><td>{E(r.Message)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static IEnumerable<ScannedFinding> Active(ScanResult scan) => scan.Files.SelectMany(f => f.Findings).Where(x => x.Status is not null);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream("PublicityCheck.Scanning.Html." + name)
            ?? throw new InvalidOperationException($"The report's {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
