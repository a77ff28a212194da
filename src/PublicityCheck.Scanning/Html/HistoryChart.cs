using System.Globalization;
using System.Text;

namespace PublicityCheck.Scanning.Html;

/// <summary>An inline SVG bar chart of open findings per run (errors, warnings and notes stacked) with new findings marked.</summary>
internal static class HistoryChart
{
    private const int Width = 960;
    private const int Height = 240;
    private const int Left = 44;
    private const int Bottom = 36;
    private const int Top = 14;

    public static string Render(IReadOnlyList<RunSummary> runs)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Open findings per run\" id=\"history-chart\">");
        if (runs.Count == 0)
        {
            return svg.Append("<text x=\"10\" y=\"20\">No completed runs yet.</text></svg>").ToString();
        }

        var max = Math.Max(1, runs.Max(r => r.Open));
        var plotHeight = Height - Bottom - Top;
        var slot = (Width - Left - 10) / (double)runs.Count;
        var bar = Math.Min(48, slot * 0.7);
        AppendAxis(svg, max, plotHeight);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var x = Left + (i * slot) + ((slot - bar) / 2);
            var y = (double)(Height - Bottom);
            foreach (var (count, colour, name) in new[] { (run.Errors, "#b3261e", "errors"), (run.Warnings, "#d08c00", "warnings"), (run.Infos, "#1f5f99", "notes") })
            {
                var h = count * plotHeight / (double)max;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>Run {run.Id}: {count} {name}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.#}\" y=\"{y - 3:0.#}\" text-anchor=\"middle\">{run.Open}</text>");
            if (run.New > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.#}\" y=\"{Height - Bottom + 26}\" text-anchor=\"middle\" fill=\"#6a1b9a\">+{run.New} new</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.#}\" y=\"{Height - Bottom + 13}\" text-anchor=\"middle\">{run.Started:d MMM HH:mm}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendAxis(StringBuilder svg, int max, int plotHeight)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 10}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>");
        foreach (var tick in new[] { 0, max / 2, max })
        {
            var y = Height - Bottom - (tick * plotHeight / (double)max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick}</text>");
        }
    }
}
