using System.Text.RegularExpressions;
using PublicityCheck.IO;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli;

/// <summary>
/// Text for a terminal or a log, from names the user does not control: a file may be named with a newline, a
/// carriage return or an escape sequence, which would forge a line (<c>file(1,1): error ...</c>) or rewrite the
/// screen. Such characters are shown escaped, as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\u001B</c>, so one finding
/// or one error is always one line. Also the words for a file-system failure, without .NET's type names or its
/// <c>" : 'path'"</c> tails.
/// </summary>
internal static partial class ConsoleText
{
    /// <summary><paramref name="text"/> with control characters, line separators and bidirectional overrides escaped (<see cref="TerminalText.Escape"/>).</summary>
    public static string Escape(string text) => TerminalText.Escape(text);

    /// <summary>What went wrong with a file, in words: no exception type names, no doubled path.</summary>
    public static string Plain(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex switch
        {
            UntrustedFileException => ex.Message,
            UnauthorizedAccessException => "permission was denied",
            FileNotFoundException => "the file does not exist",
            DirectoryNotFoundException => "its folder does not exist",
            PathTooLongException => "the path is too long",
            IOException when ex.Message.StartsWith("Is a directory", StringComparison.Ordinal) => "it is a folder",
            IOException when ex.Message.StartsWith("Not a directory", StringComparison.Ordinal) => "a file is in the way of its folder",
            IOException when ex.Message.StartsWith("No space left", StringComparison.Ordinal) => "the disk is full",
            IOException when ex.Message.StartsWith("Read-only file system", StringComparison.Ordinal) => "the file system is read-only",
            _ => PathTail().Replace(ex.Message, string.Empty).TrimEnd('.', ' '),
        };
    }

    [GeneratedRegex(@"\s*:\s*'[^']*'\s*\.?$")]
    private static partial Regex PathTail();
}
