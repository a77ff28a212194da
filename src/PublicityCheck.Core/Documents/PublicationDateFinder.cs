using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Text;

namespace PublicityCheck.Documents;

/// <summary>
/// Finds the date a release is to be published, as its author states it, in this order of trust:
/// <list type="number">
/// <item>a property the author set: <c>publish</c>, <c>embargo</c> or <c>date</c> in front matter, Word's custom
/// properties or the cover page's publish date (<see cref="PublishOnSource.FrontMatter"/>);</item>
/// <item>a dateline in the first <see cref="LeadingLines"/> or last <see cref="TrailingLines"/> lines of the body,
/// or in a Word page header or footer: an <c>Embargoed until ...</c> line first, since an embargo is the moment of
/// publication, then the first of <c>15 April 2027</c>, <c>Thursday, 15th April 2027</c>, <c>15/04/2027</c>,
/// <c>Press release - 15 April 2027</c>, <c>Press release issued: ...</c>, <c>Issued 3 Nov 2026</c>, <c>Released on ...</c>,
/// <c>Published: ...</c>, <c>Posted on ...</c>, <c>Date: ...</c>, a date with its time after a dash or a bar
/// (<c>3 Nov 2026 - 14:05</c>, <c>3 November 2026 | 09:30 Europe/London</c>), a date after the place it was issued from
/// (<c>Mardale, 3 November 2026</c>),
/// <c>This story was published ...</c>, <c>Last updated: ...</c> (a news page's only date, nearer the day it went out than the day it is checked),
/// a bare date with the press office's reference after it (<c>16/05/2027, PR8557</c>), a label alone on its line
/// with the date on the next, and a two-digit year only where the weekday agrees (<c>Wednesday 7th February 18</c>)
/// (<see cref="PublishOnSource.Dateline"/>);</item>
/// <item>the file's name, where it starts (or ends) with the date: <c>2026-03-03-council-sets-budget.md</c>,
/// <c>20260303-...</c>, <c>2026_03_03_...</c>, <c>3-march-2026-...</c> (<see cref="PublishOnSource.FileName"/>);</item>
/// <item>for Word, the core properties: when the file was created, else when it was last saved
/// (<see cref="PublishOnSource.DocumentProperties"/>).</item>
/// </list>
/// A date in running text ("on 12 May residents can ...") is never taken: a dateline is a line that is a date, or
/// a dateline's label followed by one. A line whose weekday disagrees with its date (<c>Friday 15 April 2027</c>, a
/// Thursday) is not trusted: one of the two is wrong, and the search goes on to the next source. Readers call
/// this once they have the blocks; a host may still override the date (<c>--publish-on</c>).
/// </summary>
public static partial class PublicationDateFinder
{
    /// <summary>How many lines from the start of the body are read for a dateline.</summary>
    public const int LeadingLines = 12;

    /// <summary>How many lines at the end of the body are read for a dateline.</summary>
    public const int TrailingLines = 6;

    /// <summary>How many lines of each page header and footer are read for a dateline.</summary>
    public const int HeaderLines = 4;

    private static readonly string[] PropertyOrder = ["publish", "publishon", "publish-on", "publish_on", "publishdate", "embargo", "embargoed", "date"];

    // Kinds of block whose line may be a bare date with no label. A date alone in a list item or table cell is
    // more often an event's (a timetable, a list of sessions) than the release's own.
    private static readonly BlockKind[] BareDateKinds = [BlockKind.Heading, BlockKind.Paragraph, BlockKind.ContentControl, BlockKind.TextBox, BlockKind.Header, BlockKind.Footer];

    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>Finds the publication date a release states.</summary>
    /// <param name="path">The file's path as the user gave it: its name may hold the date, and datelines are located in it.</param>
    /// <param name="format">The file's format: only Word has core properties.</param>
    /// <param name="properties">The release's properties (front matter, or Word's document properties).</param>
    /// <param name="blocks">The release's blocks in reading order.</param>
    /// <returns>The date, where it came from and, for a dateline, where it stands; null when the release states none.</returns>
    public static PublicationDate? Find(
        string path,
        ReleaseFormat format,
        ImmutableDictionary<string, ImmutableArray<string>> properties,
        IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(blocks);
        return FromProperties(properties)
            ?? FromDatelines(path, blocks)
            ?? FromFileName(path)
            ?? (format == ReleaseFormat.Word ? FromCoreProperties(properties) : null);
    }

    /// <summary>The date a file's name starts (or ends) with, as a release's file is often named; null when it has none.</summary>
    public static LocalDate? DateInFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        if (name.Length > 255)
        {
            return null;
        }

        foreach (var match in new[] { FileNameStart().Match(name), FileNameEnd().Match(name) })
        {
            if (match.Success && Create(match) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static PublicationDate? FromProperties(ImmutableDictionary<string, ImmutableArray<string>> properties)
    {
        foreach (var key in PropertyOrder)
        {
            if (properties.TryGetValue(key, out var values) && !values.IsDefaultOrEmpty && UkDateParser.FindFirst(values[0]) is { } date)
            {
                return new PublicationDate(date, PublishOnSource.FrontMatter, key);
            }
        }

        return null;
    }

    private static PublicationDate? FromDatelines(string path, IReadOnlyList<Block> blocks)
    {
        PublicationDate? first = null;
        var pending = LabelAlone.None;
        foreach (var line in CandidateLines(blocks))
        {
            var label = pending;
            if (Read(path, line, label, out pending) is not { } found)
            {
                continue;
            }

            if (found.Embargo)
            {
                return found.Date;
            }

            first ??= found.Date;
        }

        return first;
    }

    // 'pending' is the label of the line before when it stood alone ("Published date:"), so that this line's date is
    // the one it labels; 'alone' is this line's, for the next.
    private static (PublicationDate Date, bool Embargo)? Read(string path, Line line, LabelAlone pending, out LabelAlone alone)
    {
        alone = LabelAlone.None;
        var text = line.Block.Text.AsSpan(line.Start, line.Length);
        var leading = text.Length - text.TrimStart().Length;
        var span = text.Trim();
        if (span.IsEmpty || span.Length > UkDateParser.MaxDatelineLength)
        {
            return null; // A dateline is a short line; a long one is not copied, let alone read.
        }

        var trimmed = span.ToString();

        var embargo = EmbargoLabel().Match(trimmed);
        var label = embargo.Success ? embargo : DatelineLabel().Match(trimmed);
        DatelineDate? read;
        if (label.Success && string.IsNullOrWhiteSpace(label.Groups["rest"].Value))
        {
            alone = embargo.Success ? LabelAlone.Embargo : LabelAlone.Dateline;
            return null;
        }

        if (label.Success)
        {
            read = UkDateParser.ReadDateline(label.Groups["rest"].Value, allowTail: true);
        }
        else if (pending != LabelAlone.None)
        {
            // The date under a label of its own may run on ("19 Jan 2011 (All day)"), as after a label on its line.
            read = UkDateParser.ReadDateline(trimmed, allowTail: true);
        }
        else
        {
            // A bare date may carry the press office's reference after it ("16/05/2017, PR8557").
            read = Array.IndexOf(BareDateKinds, line.Block.Kind) >= 0
                ? UkDateParser.ReadDateline(trimmed) ?? WithoutReference(trimmed) ?? AfterPlace(trimmed)
                : null;
        }

        if (read is null || read.WeekdayDisagrees)
        {
            return null;
        }

        var start = line.Start + leading;
        var location = new SourceLocation(path, line.Block.Part, line.Block.Map.Start(start), line.Block.Map.EndAfter(start + trimmed.Length - 1));
        return (new PublicationDate(read.Date, PublishOnSource.Dateline, trimmed) { Location = location }, embargo.Success || pending == LabelAlone.Embargo);
    }

    // The date of a dateline that names the place it was issued from first ("Mardale, 3 November 2026", "KIRKBY
    // MARDALE, Tuesday 3 November 2026"): a few capitalised words and a comma, then nothing but the date.
    private static DatelineDate? AfterPlace(string line)
    {
        var place = PlacePrefix().Match(line);
        if (!place.Success || UkDateParser.ReadDateline(line[place.Length..]) is not { } read)
        {
            return null;
        }

        return read with { Start = read.Start + place.Length };
    }

    // The date of a bare dateline whose press reference follows it; only a line that ends in a reference is read again.
    private static DatelineDate? WithoutReference(string line) =>
        ReferenceTail().Match(line) is { Success: true } reference ? UkDateParser.ReadDateline(line[..reference.Index]) : null;

    // The first lines of the body, its last lines, and the first lines of each header and footer, each line once,
    // in reading order. Only the lines' bounds are worked out here: reading them stays linear in what is read.
    private static IEnumerable<Line> CandidateLines(IReadOnlyList<Block> blocks)
    {
        var body = new List<Line>();
        var tail = new Queue<Line>(TrailingLines);
        var headers = new Dictionary<BlockKind, int>();
        foreach (var block in blocks)
        {
            var kind = block.Kind;
            var inBody = block.Part == DocumentParts.Body && kind is not (BlockKind.ImageText or BlockKind.Footnote or BlockKind.Endnote);
            var inHeader = kind is BlockKind.Header or BlockKind.Footer;
            if (!inBody && !inHeader)
            {
                continue;
            }

            var start = 0;
            while (start <= block.Text.Length)
            {
                var end = block.Text.IndexOf('\n', start);
                end = end < 0 ? block.Text.Length : end;
                var line = new Line(block, start, end - start);
                start = end + 1;
                if (inHeader)
                {
                    var seen = headers.GetValueOrDefault(kind);
                    if (seen < HeaderLines)
                    {
                        headers[kind] = seen + 1;
                        yield return line;
                    }
                }
                else if (body.Count < LeadingLines)
                {
                    body.Add(line);
                    yield return line;
                }
                else
                {
                    if (tail.Count == TrailingLines)
                    {
                        tail.Dequeue();
                    }

                    tail.Enqueue(line);
                }

                if (end == block.Text.Length)
                {
                    break;
                }
            }
        }

        foreach (var line in tail)
        {
            yield return line;
        }
    }

    private static PublicationDate? FromFileName(string path) =>
        DateInFileName(path) is { } date ? new PublicationDate(date, PublishOnSource.FileName, Path.GetFileName(path)) : null;

    // Created is set once, when the file is made (from a template, when the new document is): the nearest the package
    // comes to when the release was written. Modified moves on every save, a save after publication included, so it
    // comes last. Both are only the package's record, never the author's statement.
    private static PublicationDate? FromCoreProperties(ImmutableDictionary<string, ImmutableArray<string>> properties)
    {
        foreach (var key in (string[])["created", "modified"])
        {
            if (properties.TryGetValue(key, out var values) && !values.IsDefaultOrEmpty
                && InstantPattern.General.Parse(values[0]) is { Success: true } instant)
            {
                var date = instant.Value.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
                return new PublicationDate(date, PublishOnSource.DocumentProperties, key);
            }
        }

        return null;
    }

    private static LocalDate? Create(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success
            ? int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : Array.IndexOf(Months, match.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    private readonly record struct Line(Block Block, int Start, int Length);

    private enum LabelAlone
    {
        None,
        Dateline,
        Embargo,
    }

    [GeneratedRegex(
        @"^\W{0,3}(?:embargo(?:ed)?\b(?:\s+(?:until|till|to))?|under\s+embargo\s+until|not\s+for\s+(?:publication|release|broadcast)\s+(?:before|until))\s*[:\-–—]?\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmbargoLabel();

    [GeneratedRegex(
        @"^\W{0,3}(?:(?:press|news|media)\s+release\s+(?:issued|dated|published)(?:\s+on)?|(?:press|news|media)\s+release|news|released(?:\s+on)?|date(?:\s+of\s+(?:issue|release|publication))?|dated|published(?:\s+on|\s+date)?|posted(?:\s+on)?|publication\s+date|release\s+date|issue\s+date|issued(?:\s+on)?|for\s+(?:immediate\s+)?release|this\s+(?:story|article|release|news\s+(?:item|story)|page)\s+was\s+(?:first\s+)?published(?:\s+on)?|(?:page\s+)?last\s+updated(?:\s+on)?)\b\s*[:\-–—|]?\s*(?:on\s+)?(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelineLabel();

    // A press office's reference after a dateline's date: ", PR8557", " | Ref: NR 1234", " - Release 42".
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|upon|on|under|in|of|the|and|&)){0,4},\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlacePrefix();

    [GeneratedRegex(
        @"\s*[,|\-–—]\s*(?:(?i:ref(?:erence)?|release|no)\.?\s*:?\s*)?[A-Z]{0,4}\s?\d{1,6}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceTail();

    private const string MonthName = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    // At the start of the name: 2026-03-03-..., 2026_03_03..., 20260303-..., 3-march-2026-...
    [GeneratedRegex(
        @"^(?:(?<y>\d{4})(?<sep>[-_.]?)(?<m>\d{2})\k<sep>(?<d>\d{2})|(?<d>\d{1,2})(?:st|nd|rd|th)?[-_ ]" + MonthName + @"[-_ ](?<y>\d{4}))(?=$|[-_ .])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex FileNameStart();

    // At the end, after a separator: ...-2026-03-03, ..._20260303. A written date later in a name is the subject's
    // (council-tax-bills-3-march-2026, a poll's date in an election release), not the release's, so it is not taken.
    [GeneratedRegex(
        @"[-_ ](?<y>\d{4})(?<sep>[-_.]?)(?<m>\d{2})\k<sep>(?<d>\d{2})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex FileNameEnd();
}
