using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>
/// The text around each finding, cut from the document while it is still at hand so a result need not keep it: the
/// nth finding of a rule about the same words (whitespace and case folded) is placed at the nth appearance of its
/// words in the text.
/// </summary>
public static class FindingExcerpts
{
    /// <summary>How many characters of context an excerpt keeps either side of the finding's words.</summary>
    public const int Context = 80;

    /// <summary>Each of <paramref name="diagnostics"/>' excerpt from <paramref name="document"/>, in order.</summary>
    public static ImmutableArray<string?> Of(ReleaseDocument document, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var excerpts = ImmutableArray.CreateBuilder<string?>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var key = diagnostic.Id + "\0" + Normalize(diagnostic.Text);
            var occurrence = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = occurrence;
            excerpts.Add(Around(document.Text, diagnostic.Text, occurrence));
        }

        return excerpts.MoveToImmutable();
    }

    private static string? Around(string text, string? words, int occurrence)
    {
        if (string.IsNullOrEmpty(words))
        {
            return null;
        }

        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            var next = text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }

            at = next;
        }

        if (at < 0)
        {
            return words;
        }

        var start = Math.Max(0, at - Context);
        var end = Math.Min(text.Length, at + words.Length + Context);
        var excerpt = text[start..end].Replace('\n', ' ');
        return (start > 0 ? "…" : string.Empty) + excerpt + (end < text.Length ? "…" : string.Empty);
    }

    private static string Normalize(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
