using System.Globalization;
using System.Text;

namespace PublicityCheck.Reporting;

/// <summary>
/// Text for a terminal or a log, from names nobody here controls: a file may be named with a newline, a carriage
/// return, an escape sequence or a bidirectional override, which would forge a line (<c>file(1,1): error ...</c>)
/// or rewrite the screen. Such characters are shown escaped, as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\u001B</c>,
/// so one finding or one error is always one line.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with control characters, line and paragraph separators and bidirectional overrides escaped; backslashes are kept as they are.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
