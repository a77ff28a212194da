using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicityCheck.Testing;

/// <summary>
/// Reads the span markup of Roslyn's analyzer tests out of a release's text: <c>[|...|]</c>, <c>{|ID:...|}</c> and
/// <c>{|#n:...|}</c>, which may nest. What is left is the text the checker reads.
/// </summary>
internal static partial class TestMarkup
{
    /// <summary>Parses <paramref name="marked"/> into its text and the spans marked in it, in the order they open.</summary>
    /// <exception cref="ArgumentException">The markup is unbalanced, or a <c>{|</c> is not followed by an id or key and a colon.</exception>
    public static (string Text, ImmutableArray<MarkedSpan> Spans) Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new StringBuilder(marked.Length);
        var open = new Stack<(char Kind, string? Id, int? Key, int Start, int Order, int At)>();
        var spans = new List<(int Order, MarkedSpan Span)>();
        var order = 0;
        for (var i = 0; i < marked.Length; i++)
        {
            if (At(marked, i, "[|"))
            {
                open.Push(('[', null, null, text.Length, order++, i));
                i++;
            }
            else if (At(marked, i, "{|"))
            {
                var label = Label().Match(marked, i + 2);
                if (!label.Success || label.Index != i + 2)
                {
                    throw Error(marked, i, "'{|' must be followed by a rule id or a location key and a colon, as in {|PC0102:...|} or {|#0:...|}");
                }

                var key = label.Groups["key"].Success ? int.Parse(label.Groups["key"].Value, CultureInfo.InvariantCulture) : (int?)null;
                var id = label.Groups["id"].Success ? label.Groups["id"].Value : null;
                open.Push(('{', id, key, text.Length, order++, i));
                i += 1 + label.Length;
            }
            else if (At(marked, i, "|]") || At(marked, i, "|}"))
            {
                var kind = marked[i + 1] == ']' ? '[' : '{';
                if (open.Count == 0 || open.Peek().Kind != kind)
                {
                    throw Error(marked, i, $"'{marked.Substring(i, 2)}' closes no {(kind == '[' ? "'[|'" : "'{|'")}");
                }

                var (_, spanId, spanKey, start, spanOrder, _) = open.Pop();
                spans.Add((spanOrder, new MarkedSpan(spanId, spanKey, start, text.Length)));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        if (open.Count > 0)
        {
            var (kind, _, _, _, _, at) = open.Peek();
            throw Error(marked, at, $"'{(kind == '[' ? "[|" : "{|")}' is never closed");
        }

        return (text.ToString(), [.. spans.OrderBy(s => s.Order).Select(s => s.Span)]);
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static ArgumentException Error(string marked, int offset, string problem)
    {
        var position = TextPositions.Of(marked).PositionOf(offset);
        return new ArgumentException($"Test markup at {position}: {problem}.", nameof(marked));
    }

    [GeneratedRegex(@"\G(?:#(?<key>[0-9]+)|(?<id>[A-Za-z]+[0-9]+)):", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
