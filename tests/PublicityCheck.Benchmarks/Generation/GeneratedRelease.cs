using System.Globalization;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>One generated release, before it is written in a file format.</summary>
/// <param name="Index">Its number in the run, from 0.</param>
/// <param name="Date">Its publication date.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Topic">What it is about (<see cref="ReleaseTopic.Slug"/>).</param>
/// <param name="Ward">The ward its opening names.</param>
/// <param name="Parts">Its headline, paragraphs, quotations, notes and contact lines, in order.</param>
public sealed record GeneratedRelease(int Index, DateOnly Date, string Title, string Topic, string Ward, IReadOnlyList<ReleasePart> Parts)
{
    /// <summary>The file name without extension: <c>2026-03-09-mardale-leisure-centre-0003</c>.</summary>
    public string FileStem => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}-{Slug(Ward)}-{Topic}-{Index:D4}");

    /// <summary>The folder under the output folder it is written to: its month, <c>2026-03</c>.</summary>
    public string Folder => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The words of its text: headline, paragraphs, notes and contact lines.</summary>
    public int Words => Parts.Sum(p => CountWords(p.Text));

    /// <summary>Whether it holds a party-political sentence.</summary>
    public bool Partisan { get; init; }

    /// <summary>Whether it gives away business taken in private, or carries an internal marking.</summary>
    public bool Confidential { get; init; }

    /// <summary>Whether a quotation breaks the rules on who may be quoted.</summary>
    public bool QuotationSlip { get; init; }

    /// <summary>The number of whitespace-separated words in <paramref name="text"/>.</summary>
    public static int CountWords(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Slug(string text) =>
        new([.. text.ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
}

/// <summary>A block of a release.</summary>
/// <param name="Kind">What kind of block.</param>
/// <param name="Text">Its text, without markup.</param>
public sealed record ReleasePart(ReleasePartKind Kind, string Text);

/// <summary>The kinds of block a release is made of.</summary>
public enum ReleasePartKind
{
    /// <summary>The headline.</summary>
    Headline,

    /// <summary>A section heading: Notes to editors, Contact.</summary>
    Heading,

    /// <summary>A paragraph of body text.</summary>
    Paragraph,

    /// <summary>A quotation set out on its own after a paragraph ending <c>said:</c>.</summary>
    BlockQuote,

    /// <summary>A numbered note to editors.</summary>
    Note,

    /// <summary>A line of the press office's contact details.</summary>
    ContactLine,
}

/// <summary>The file formats the generator writes.</summary>
public enum ReleaseFileFormat
{
    /// <summary>Markdown with YAML front matter.</summary>
    Markdown,

    /// <summary>Word (<c>.docx</c>).</summary>
    Word,

    /// <summary>Every release twice, as Markdown and as Word.</summary>
    Both,

    /// <summary>Each release once: every third one in Word, the others in Markdown, like a press office's folder.</summary>
    Mixed,
}
