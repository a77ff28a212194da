using System.Globalization;
using System.Net;
using System.Text;
using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Scanning.Html;

/// <summary>An inline SVG line chart of members' quotations per party by month, with each configured poll's window shaded.</summary>
internal static class BalanceChart
{
    private const int Width = 960;
    private const int Height = 280;
    private const int Left = 44;
    private const int Right = 170;
    private const int Bottom = 36;
    private const int Top = 14;

    private static readonly string[] Colours = ["#1f5f99", "#b3261e", "#2e7d32", "#8a5a00", "#6a1b9a", "#00838f", "#5d4037", "#455a64"];

    public static string Render(BalanceReport balance)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Members' quotations per party by month\" id=\"balance-chart\">");
        if (balance.Months.IsEmpty || balance.ByParty.IsEmpty)
        {
            return svg.Append("<text x=\"10\" y=\"20\">No quotations of members recorded yet.</text></svg>").ToString();
        }

        var months = balance.Months;
        var max = Math.Max(1, balance.ByParty.Max(s => s.PerMonth.Max()));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Bottom - Top;
        var step = months.Length == 1 ? 0 : plotWidth / (double)(months.Length - 1);
        double X(int month) => Left + (months.Length == 1 ? plotWidth / 2.0 : month * step);
        double Y(int count) => Height - Bottom - (count * plotHeight / (double)max);

        foreach (var poll in balance.Polls)
        {
            var first = months.IndexOf(BalanceReport.MonthOf(poll.WindowStart));
            var last = months.IndexOf(BalanceReport.MonthOf(poll.Poll));
            if (first >= 0 && last >= 0)
            {
                var x = X(first) - (step / 2);
                var width = Math.Max(step, X(last) - X(first) + step);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"window\" x=\"{Math.Max(Left, x):0.#}\" y=\"{Top}\" width=\"{width:0.#}\" height=\"{plotHeight}\" fill=\"#fff3cd\"><title>{E(poll.ElectionName)}: window before the poll on {poll.Poll:d MMMM yyyy}</title></rect>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>");
        foreach (var tick in new[] { 0, max / 2, max }.Distinct())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\">{tick}</text>");
        }

        for (var m = 0; m < months.Length; m++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(m):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{E(months[m])}</text>");
        }

        for (var p = 0; p < balance.ByParty.Length; p++)
        {
            var series = balance.ByParty[p];
            var colour = Colours[p % Colours.Length];
            var points = string.Join(' ', series.PerMonth.Select((n, m) => string.Create(CultureInfo.InvariantCulture, $"{X(m):0.#},{Y(n):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"party\" data-party=\"{E(series.Name)}\" data-total=\"{series.Total}\" points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"/>");
            for (var m = 0; m < months.Length; m++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(m):0.#}\" cy=\"{Y(series.PerMonth[m]):0.#}\" r=\"3\" fill=\"{colour}\"><title>{E(series.Name)}, {E(months[m])}: {series.PerMonth[m]}</title></circle>");
            }

            var legendY = Top + 10 + (p * 18);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 14}\" y=\"{legendY - 9}\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{Width - Right + 32}\" y=\"{legendY + 1}\">{E(series.Name)} ({series.Total})</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
