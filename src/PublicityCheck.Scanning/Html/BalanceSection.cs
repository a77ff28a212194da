using System.Globalization;
using System.Text;
using PublicityCheck.Scanning.Monitoring;
using static PublicityCheck.Scanning.Html.MonitoringHtmlWriter;

namespace PublicityCheck.Scanning.Html;

/// <summary>The report's balance section: the chart by month, the tables by party, standing and person, and the comparison before each poll.</summary>
internal static class BalanceSection
{
    public static void Append(StringBuilder html, BalanceReport balance)
    {
        html.Append("<section id=\"balance\"><h2>Balance of quotations</h2>");
        html.Append("<p>Members' quotations per party by month; the shaded months hold the window before a configured poll.</p>");
        html.Append("<div class=\"chart\">").Append(BalanceChart.Render(balance)).Append("</div>");
        AppendStandings(html, balance);
        AppendSeries(html, "by-party", "Members' quotations by party", "Party", balance, balance.ByParty);
        AppendSeries(html, "by-standing", "Quotations by standing", "Standing", balance, balance.ByStanding);
        AppendPolls(html, balance);
        AppendSeries(html, "by-person", "Quotations by person", "Speaker", balance, balance.ByPerson);
        html.Append("</section>");
    }

    private static void AppendStandings(StringBuilder html, BalanceReport balance)
    {
        html.Append("<h3>Executive, non-executive and opposition</h3>");
        if (balance.MemberQuotations == 0)
        {
            html.Append("<p class=\"none\">No quotations of members recorded.</p>");
            return;
        }

        html.Append("<table id=\"standing-shares\"><thead><tr><th>Standing</th><th class=\"num\">Quotations</th><th class=\"num\">Share of members'</th></tr></thead><tbody>");
        foreach (var (standing, count, share) in balance.StandingShares)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-standing=\"{E(standing)}\"><td>{E(standing)}</td><td class=\"num\">{count}</td><td class=\"num\">{Percent(share)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendSeries(StringBuilder html, string id, string title, string what, BalanceReport balance, IReadOnlyList<BalanceSeries> series)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h3>{E(title)}</h3>");
        if (series.Count == 0)
        {
            html.Append("<p class=\"none\">None recorded.</p>");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<div class=\"scroll\"><table id=\"{id}\"><thead><tr><th>{E(what)}</th>");
        foreach (var month in balance.Months)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{E(month)}</th>");
        }

        html.Append("<th class=\"num\">Total</th></tr></thead><tbody>");
        foreach (var s in series)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Name)}</td>");
            foreach (var n in s.PerMonth)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{n}</td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num total-cell\" data-total=\"{s.Total}\">{s.Total}</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void AppendPolls(StringBuilder html, BalanceReport balance)
    {
        var settings = balance.Settings;
        html.Append("<h3>Before each poll</h3>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Each party's and standing's share of members' quotations in the {settings.EffectiveWindowDays} days up to a poll, against the rest of the year before it; flagged where it departs by more than {settings.EffectiveMargin} percentage points, both holding at least {settings.EffectiveMinimumQuotations} quotations (county protocol 8.89; 8.82 and the Code of Recommended Practice on Local Authority Publicity: extra care before an election).</p>");
        if (balance.Polls.IsEmpty)
        {
            html.Append("<p class=\"none\">No configured poll has quotations in the year before it.</p>");
            return;
        }

        foreach (var poll in balance.Polls)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h4>{E(poll.ElectionName)}, poll {poll.Poll:d MMMM yyyy}</h4>");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Window {poll.WindowStart:d MMMM yyyy} to {poll.Poll:d MMMM yyyy}: {poll.WindowQuotations} quotations of members; rest of the year from {poll.YearStart:d MMMM yyyy}: {poll.RestQuotations}.</p>");
            html.Append(CultureInfo.InvariantCulture, $"<table class=\"poll\" data-election=\"{E(poll.ElectionId)}\"><thead><tr><th>By</th><th>Group</th><th class=\"num\">In window</th><th class=\"num\">Share</th><th class=\"num\">Rest of year</th><th class=\"num\">Share</th><th class=\"num\">Departure</th><th></th></tr></thead><tbody>");
            foreach (var s in poll.Shares)
            {
                var flag = s.Flagged ? "<span class=\"flag\">Flagged</span>" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<tr{(s.Flagged ? " class=\"flagged\"" : string.Empty)} data-group=\"{E(s.Group)}\"><td>{E(s.Dimension)}</td><td>{E(s.Group)}</td><td class=\"num\">{s.Window}</td><td class=\"num\">{Percent(s.WindowShare)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{s.Rest}</td><td class=\"num\">{Percent(s.RestShare)}</td><td class=\"num\">{s.Departure:+0.0;-0.0;0.0} pts</td><td>{flag}</td></tr>");
            }

            html.Append("</tbody></table>");
        }
    }
}
