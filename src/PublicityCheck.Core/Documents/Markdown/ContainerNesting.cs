using System.Globalization;

namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// A pass over the Markdown before it is parsed that refuses a line opening more than
/// <see cref="MarkdownReader.MaxNestingDepth"/> block quotes and list items (<c>&gt;&gt;&gt;…</c>, <c>- - - …</c>,
/// <c>1. 1. …</c>) at its start. Markdig refuses such nesting too, but only after working through it, which for
/// half a million list markers takes seconds; this pass takes milliseconds.
/// </summary>
internal static class ContainerNesting
{
    private const int CancellationInterval = 4096;
    private const int MaxOrderedDigits = 9;

    /// <summary>Throws when a line of <paramref name="text"/> opens more containers than the limit.</summary>
    /// <exception cref="MarkdownLimitException">A line opens more than <see cref="MarkdownReader.MaxNestingDepth"/> containers.</exception>
    public static void Check(string text, CancellationToken cancellationToken)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            if (line % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = text.AsSpan(start, end - start);
            if (Markers(span) > MarkdownReader.MaxNestingDepth && !IsThematicBreak(span))
            {
                throw new MarkdownLimitException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {line} nests block quotes and lists more than {MarkdownReader.MaxNestingDepth} deep"));
            }

            start = end + 1;
        }
    }

    /// <summary>How many block quote and list item markers open <paramref name="line"/>.</summary>
    internal static int Markers(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '+' or '*' && EndsMarker(line, i + 1))
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(line, i) is { } next)
            {
                markers++;
                i = next;
            }
            else
            {
                break;
            }
        }

        return markers;
    }

    private static bool EndsMarker(ReadOnlySpan<char> line, int at) => at >= line.Length || line[at] is ' ' or '\t' or '\r';

    private static int? OrderedMarkerEnd(ReadOnlySpan<char> line, int at)
    {
        var i = at;
        while (i < line.Length && i - at < MaxOrderedDigits && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i < line.Length && line[i] is '.' or ')' && EndsMarker(line, i + 1) ? i + 1 : null;
    }

    // "- - -" and "* * *" however long are a horizontal rule, not lists.
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed[0] is '-' or '*' or '_' && IsOnly(trimmed, trimmed[0]);
    }

    private static bool IsOnly(ReadOnlySpan<char> line, char marker)
    {
        foreach (var c in line)
        {
            if (c != marker && c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
