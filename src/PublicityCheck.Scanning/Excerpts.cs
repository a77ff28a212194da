using PublicityCheck.Documents;

namespace PublicityCheck.Scanning;

/// <summary>The words around a finding, cut from the document's text, for the HTML report.</summary>
internal static class Excerpts
{
    private const int Context = 80;

    /// <summary>About <see cref="Context"/> characters either side of the <paramref name="occurrence"/>th appearance of <paramref name="text"/>.</summary>
    public static string? Around(ReleaseDocument? document, string? text, int occurrence)
    {
        if (document is null || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            var next = document.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }

            at = next;
        }

        if (at < 0)
        {
            return text;
        }

        var start = Math.Max(0, at - Context);
        var end = Math.Min(document.Text.Length, at + text.Length + Context);
        var excerpt = document.Text[start..end].Replace('\n', ' ');
        return (start > 0 ? "…" : string.Empty) + excerpt + (end < document.Text.Length ? "…" : string.Empty);
    }
}
