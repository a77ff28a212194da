using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NodaTime;
using PublicityCheck.Text;

namespace PublicityCheck.Documents;

/// <summary>
/// Finds the date a release is to be published, as its author states it. In order: the properties
/// <c>publish</c>, <c>embargo</c> and <c>date</c> (front matter, or Word document properties); then an
/// <c>Embargoed until ...</c> line; then a <c>Date:</c> or <c>Published:</c> line. Readers call it once they have
/// the blocks; a host may still override the date (<c>--publish-on</c>).
/// </summary>
public static partial class PublicationDateFinder
{
    private static readonly string[] PropertyOrder = ["publish", "publishon", "publish-on", "publish_on", "publishdate", "embargo", "embargoed", "date"];

    /// <summary>Finds the publication date from <paramref name="properties"/> first, then from the text of <paramref name="blocks"/>.</summary>
    /// <returns>The date and where it was found, or nulls.</returns>
    public static (LocalDate? Date, string? Source) Find(
        ImmutableDictionary<string, ImmutableArray<string>> properties,
        IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var key in PropertyOrder)
        {
            if (properties.TryGetValue(key, out var values) && !values.IsDefaultOrEmpty)
            {
                var date = UkDateParser.FindFirst(values[0]);
                if (date is not null)
                {
                    return (date, $"property '{key}'");
                }
            }
        }

        LocalDate? dateLine = null;
        foreach (var block in blocks)
        {
            foreach (var line in block.Text.Split('\n'))
            {
                var embargo = EmbargoLine().Match(line);
                if (embargo.Success && UkDateParser.FindFirst(embargo.Groups["rest"].Value) is { } embargoed)
                {
                    return (embargoed, "'Embargoed until' line");
                }

                var dated = DateLine().Match(line);
                if (dateLine is null && dated.Success)
                {
                    dateLine = UkDateParser.FindFirst(dated.Groups["rest"].Value);
                }
            }
        }

        return dateLine is null ? (null, null) : (dateLine, "'Date:' line");
    }

    [GeneratedRegex(@"^\W{0,3}(?:embargoed?\b(?:\s+(?:until|till|to))?|not\s+for\s+(?:publication|release)\s+(?:before|until))\s*:?\s*(?<rest>.{0,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmbargoLine();

    [GeneratedRegex(@"^\W{0,3}(?:date|dated|published|publication date|release date|issued|for (?:immediate )?release)\s*:?\s*(?<rest>.{0,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateLine();
}
