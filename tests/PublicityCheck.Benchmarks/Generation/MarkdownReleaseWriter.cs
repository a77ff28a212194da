using System.Globalization;
using System.Text;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>Writes a generated release as Markdown: YAML front matter (title, date), then the text wrapped at 110 columns.</summary>
public static class MarkdownReleaseWriter
{
    private const int Width = 110;

    /// <summary>The release as a Markdown file's text.</summary>
    public static string ToMarkdown(GeneratedRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var text = new StringBuilder(5000);
        text.Append("---\n")
            .Append("title: \"").Append(release.Title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n")
            .Append("date: ").Append(release.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("---\n");
        var note = 0;
        for (var i = 0; i < release.Parts.Count; i++)
        {
            var part = release.Parts[i];
            var previous = i > 0 ? release.Parts[i - 1].Kind : ReleasePartKind.Headline;
            var together = (part.Kind == ReleasePartKind.Note && previous == ReleasePartKind.Note)
                || (part.Kind == ReleasePartKind.ContactLine && previous == ReleasePartKind.ContactLine);
            text.Append(together ? "" : "\n");
            switch (part.Kind)
            {
                case ReleasePartKind.Headline:
                    text.Append("# ").Append(part.Text).Append('\n');
                    break;
                case ReleasePartKind.Heading:
                    note = 0;
                    text.Append("## ").Append(part.Text).Append('\n');
                    break;
                case ReleasePartKind.BlockQuote:
                    Wrap(text, part.Text, "> ");
                    break;
                case ReleasePartKind.Note:
                    note++;
                    Wrap(text, part.Text, string.Create(CultureInfo.InvariantCulture, $"{note}. "), "   ");
                    break;
                case ReleasePartKind.ContactLine:
                    text.Append(part.Text).Append('\n');
                    break;
                default:
                    Wrap(text, part.Text, "");
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Appends <paramref name="paragraph"/> wrapped at <see cref="Width"/>, each line after the first starting with
    /// <paramref name="next"/>. A word that Markdown would read as the start of a list or a block is never put at the
    /// start of a line.
    /// </summary>
    private static void Wrap(StringBuilder text, string paragraph, string first, string? next = null)
    {
        next ??= first;
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width && !StartsBlock(word))
            {
                text.Append(line).Append('\n');
                line.Clear().Append(next);
                empty = true;
            }

            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }

        text.Append(line).Append('\n');
    }

    private static bool StartsBlock(string word) =>
        word[0] is '-' or '+' or '*' or '#' or '>' or '=' or '|' or '`' or '~' or '<'
        || (char.IsAsciiDigit(word[0]) && word.TrimStart("0123456789".ToCharArray()) is ['.' or ')', ..]);
}
