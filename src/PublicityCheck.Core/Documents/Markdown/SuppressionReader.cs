using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// Turns <c>publicitycheck-disable</c>, <c>publicitycheck-disable-next-line</c> and <c>publicitycheck-enable</c>
/// HTML comments into <see cref="Suppression"/>s. Rule ids are not checked here; the engine does that (PC0006).
/// </summary>
internal static partial class SuppressionReader
{
    /// <summary>Reads the suppressions written in <paramref name="comments"/> (in source order).</summary>
    public static ImmutableArray<Suppression> Read(IEnumerable<(int Offset, string Text)> comments, LineIndex lines)
    {
        var result = ImmutableArray.CreateBuilder<Suppression>();
        var open = new List<Suppression>();
        foreach (var (offset, text) in comments)
        {
            var match = Directive().Match(text);
            if (!match.Success)
            {
                continue;
            }

            var origin = lines.PositionOf(offset);
            ImmutableArray<string> ids = [.. IdSeparator().Split(match.Groups["ids"].Value).Where(id => id.Length > 0)];
            var why = match.Groups["why"].Value.Trim();
            var justification = why.Length == 0 ? null : why;
            switch (match.Groups["verb"].Value.ToLowerInvariant())
            {
                case "disable-next-line":
                    var commentEndLine = lines.PositionOf(offset + text.Length + 6).Line;
                    var next = NextNonBlankLine(lines, commentEndLine + 1);
                    if (next > 0)
                    {
                        result.Add(new Suppression(ids, DocumentParts.Body, new SourcePosition(next, 1), new SourcePosition(next + 1, 1), justification, origin));
                    }

                    break;
                case "disable":
                    open.Add(new Suppression(ids, DocumentParts.Body, origin, origin, justification, origin));
                    break;
                default:
                    Enable(open, result, ids, origin);
                    break;
            }
        }

        var endOfFile = new SourcePosition(lines.LineCount + 1, 1);
        result.AddRange(open.Select(region => region with { End = endOfFile }));
        return result.ToImmutable();
    }

    private static void Enable(List<Suppression> open, ImmutableArray<Suppression>.Builder result, ImmutableArray<string> ids, SourcePosition at)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var region = open[i];
            if (ids.IsEmpty)
            {
                result.Add(region with { End = at });
                open.RemoveAt(i);
                continue;
            }

            if (region.RuleIds.IsEmpty)
            {
                // Enabling one rule cannot end a region that silences every rule; only a bare enable does.
                continue;
            }

            var closed = region.RuleIds.Where(id => ids.Contains(id, StringComparer.OrdinalIgnoreCase)).ToImmutableArray();
            if (closed.IsEmpty)
            {
                continue;
            }

            result.Add(region with { RuleIds = closed, End = at });
            var remaining = region.RuleIds.Except(closed, StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            if (remaining.IsEmpty)
            {
                open.RemoveAt(i);
            }
            else
            {
                open[i] = region with { RuleIds = remaining };
            }
        }
    }

    private static int NextNonBlankLine(LineIndex lines, int from)
    {
        for (var line = from; line <= lines.LineCount; line++)
        {
            if (!string.IsNullOrWhiteSpace(lines.LineText(line)))
            {
                return line;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^\s*publicitycheck-(?<verb>disable-next-line|disable|enable)(?![\w-])(?<ids>.*?)(?:(?<=\s|^)--(?<why>.*?))?\s*$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Directive();

    [GeneratedRegex(@"[\s,;]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdSeparator();
}
