using System.Collections.Immutable;
using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Reads reviewer comments: counts them, and turns those that start <c>publicitycheck-disable</c> (optionally rule
/// ids, comma or space separated, and <c>-- justification</c>) into suppressions over the range they are anchored to.
/// </summary>
internal static class CommentSuppressions
{
    private const string Keyword = "publicitycheck-disable";

    private static readonly char[] _idSeparators = [',', ' ', '\t', ';', '\n', '\r'];

    /// <summary>The suppressions found and the number of comments that are not suppressions.</summary>
    public static (ImmutableArray<Suppression> Suppressions, int ReviewerComments) Read(XDocument comments, IReadOnlyList<PartWalker> walkers, IReadOnlyList<string> parts, CancellationToken cancellationToken)
    {
        var root = comments.Root;
        if (root is null)
        {
            return ([], 0);
        }

        var w = WordXml.NamespaceOf(root);
        var paragraphNumbers = root.Descendants(w + "p").Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i + 1);
        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        var reviewerComments = 0;
        foreach (var comment in root.Elements(w + "comment"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = string.Join("\n", comment.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
            if (!TryParse(text, out var ruleIds, out var justification))
            {
                reviewerComments++;
                continue;
            }

            var id = comment.Attribute(w + "id")?.Value;
            var firstParagraph = comment.Descendants(w + "p").FirstOrDefault();
            var origin = new SourcePosition(firstParagraph is null ? 1 : paragraphNumbers[firstParagraph], 1);
            for (var i = 0; id is not null && i < walkers.Count; i++)
            {
                if (walkers[i].CommentStarts.TryGetValue(id, out var start))
                {
                    var end = walkers[i].CommentEnds.TryGetValue(id, out var found) && found >= start ? found : new SourcePosition(int.MaxValue, 1);
                    suppressions.Add(new Suppression(ruleIds, parts[i], start, end, justification, origin));
                    break;
                }
            }
        }

        return (suppressions.ToImmutable(), reviewerComments);
    }

    /// <summary>Parses a comment's text as a suppression.</summary>
    internal static bool TryParse(string text, out ImmutableArray<string> ruleIds, out string? justification)
    {
        ruleIds = [];
        justification = null;
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith(Keyword, StringComparison.OrdinalIgnoreCase)
            || (trimmed.Length > Keyword.Length && !char.IsWhiteSpace(trimmed[Keyword.Length]) && trimmed[Keyword.Length] != ':'))
        {
            return false;
        }

        var rest = trimmed[Keyword.Length..].TrimStart(':');
        var dashes = rest.IndexOf("--", StringComparison.Ordinal);
        if (dashes >= 0)
        {
            var reason = rest[(dashes + 2)..].Trim();
            justification = reason.Length == 0 ? null : reason;
            rest = rest[..dashes];
        }

        ruleIds = [.. rest.Split(_idSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => id.ToUpperInvariant())];
        return true;
    }
}
