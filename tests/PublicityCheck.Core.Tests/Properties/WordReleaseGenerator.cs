using System.Globalization;
using System.Security;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// A generated Word release: the body's paragraphs and tables, and the content of each header, footer and
/// footnote, all as WordprocessingML.
/// </summary>
internal sealed record GeneratedWordRelease(string[] Body, string[] Headers, string[] Footers, string[] Footnotes)
{
    /// <summary>A builder for the package.</summary>
    public WordDocumentBuilder ToBuilder()
    {
        var builder = new WordDocumentBuilder().Body(Body);
        foreach (var header in Headers)
        {
            builder.HeaderContent(header);
        }

        foreach (var footer in Footers)
        {
            builder.FooterContent(footer);
        }

        foreach (var footnote in Footnotes)
        {
            builder.FootnoteContent(footnote);
        }

        return builder;
    }

    /// <summary>The XML of every part, one item a line, so that a failing case can be read and rebuilt.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        void Write(string part, IEnumerable<string> items)
        {
            foreach (var item in items)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{part}: {item}");
            }
        }

        Write("body", Body);
        Write("header", Headers);
        Write("footer", Footers);
        Write("footnote", Footnotes);
        return text.ToString();
    }
}

/// <summary>
/// Generates Word releases as Word writes them: release-like sentences (quotations straight and curly, over one or
/// several paragraphs, apostrophes, accents decomposed and not, text beyond the basic plane, dashes) cut into runs at
/// random, runs in tracked insertions, moves, hyperlinks, simple fields and content controls, tracked deletions
/// between them, tabs, breaks and hyphens inside and between runs, bookmarks and proofing marks, empty and blank
/// paragraphs, tables, headers, footers and footnotes.
/// </summary>
internal static class WordReleaseGenerator
{
    private const string Tracked = "w:author=\"Press Office\" w:date=\"2026-03-02T09:00:00Z\"";

    private static readonly string[] _words =
    [
        "the", "council", "will", "open", "a", "new", "library", "in", "Northfield", "ward", "Café", "Cafe\u0301",
        "borough’s", "residents'", "don't", "it’s", "naïve", "Łódź", "Ünal", "—", "–", "£4.2m", "9am", "2026", "R&D",
        "<draft>", "😀", "𝔄", "🇬🇧", "👩\u200D💻", "St.", "e.g.", "no.\u00A010", "3\u00A0March", "Cllr.",
    ];

    // Stray marks and speech words on their own, so that quotes open, close and nest in every way.
    private static readonly string[] _tokens =
    [
        .. _words, "said", "said:", "Councillor", "Smith,", "“We", "act.”", "\"Plans", "ready,\"", "‘quoted’",
        "'single'", "“", "”", "\"", "'", "‘", "’", "Why?", "Now!", "plan.",
    ];

    private static readonly string[] _speakers =
        ["Councillor Smith", "Cllr Jane Smith", "Ms Ünal", "Mr O’Brien", "Dr. Łukasz Nowak", "the Leader", "she"];

    private static readonly string[] _roles =
        ["Leader of the Council", "Cabinet Member for Café Culture", "ward member for Northfield"];

    private static int _nextId = 100;

    /// <summary>Releases of one to eight body items, with up to two headers, a footer and two footnotes.</summary>
    public static Arbitrary<GeneratedWordRelease> Releases { get; } = Release().ToArbitrary();

    private static Gen<GeneratedWordRelease> Release() =>
        from body in Gen.Choose(1, 8).SelectMany(n => BodyItem(nested: false).ArrayOf(n))
        from headers in Gen.Choose(0, 2).SelectMany(n => PartContent(BodyItem(nested: true)).ArrayOf(n))
        from footers in Gen.Choose(0, 1).SelectMany(n => PartContent(BodyItem(nested: true)).ArrayOf(n))
        from footnotes in Gen.Choose(0, 2).SelectMany(n => PartContent(Paragraph()).ArrayOf(n))
        select new GeneratedWordRelease(body, headers, footers, footnotes);

    private static Gen<string> PartContent(Gen<string> item) =>
        Gen.Choose(1, 2).SelectMany(n => item.ArrayOf(n)).Select(string.Concat);

    private static Gen<string> BodyItem(bool nested) =>
        Gen.Frequency(
            (12, Paragraph()),
            (1, Gen.Elements("<w:p/>", "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>", "<w:p><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>")),
            (1, Words(1, 6).Select(words => $"<w:p>{Deleted(words)}</w:p>")),
            (nested ? 1 : 3, Table()));

    private static Gen<string> Table() =>
        from rows in Gen.Choose(1, 3)
        from columns in Gen.Choose(1, 3)
        from cells in Cell().ArrayOf(rows * columns)
        select WordDocumentBuilder.Table([.. cells.Chunk(columns)]);

    // Every cell holds at least one paragraph, as Word requires; some are empty.
    private static Gen<string> Cell() =>
        Gen.Choose(1, 2).SelectMany(n => Gen.Frequency((4, Paragraph()), (1, Gen.Constant("<w:p/>"))).ArrayOf(n)).Select(string.Concat);

    private static Gen<string> Paragraph() =>
        from text in ParagraphText()
        from cuts in Gen.Choose(0, 6).SelectMany(n => Gen.Choose(1, Math.Max(1, text.Length - 1)).ArrayOf(n))
        from runs in Gen.CollectToArray(Cut(text, cuts), RunGroup)
        from properties in Gen.Frequency(
            (6, Gen.Constant(string.Empty)),
            (1, Gen.Constant("<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>")),
            (1, Gen.Constant("<w:pPr><w:jc w:val=\"center\"/><w:rPr><w:b/></w:rPr></w:pPr>")),
            (1, Gen.Constant($"<w:pPr><w:rPr><w:ins w:id=\"{NextId()}\" {Tracked}/></w:rPr></w:pPr>")))
        from after in Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Between()))
        select $"<w:p>{properties}{string.Concat(runs)}{after}</w:p>";

    private static Gen<string> ParagraphText() =>
        from sentences in Gen.Choose(1, 3).SelectMany(n => Sentence().ArrayOf(n))
        from before in Gen.Frequency((6, Gen.Constant(string.Empty)), (1, Gen.Elements(" ", "\u00A0", "  ")))
        from after in Gen.Frequency((6, Gen.Constant(string.Empty)), (1, Gen.Elements(" ", "\u00A0", "  ")))
        select before + string.Join(' ', sentences) + after;

    private static Gen<string> Sentence() =>
        Gen.OneOf(
            from words in Words(1, 10)
            from end in Gen.Elements(".", "!", "?", string.Empty, "…", "...")
            select words + end,
            Gen.Choose(1, 12).SelectMany(n => Gen.Elements(_tokens).ArrayOf(n)).Select(tokens => string.Join(' ', tokens)),
            from speaker in Gen.Elements(_speakers)
            from role in Gen.Elements(_roles)
            from words in Words(1, 8)
            select $"{speaker}, {role}, said: “{words}.”",
            from speaker in Gen.Elements(_speakers)
            from words in Words(1, 8)
            from form in Gen.Elements("“{0},” said {1}.", "\"{0},\" {1} said.", "‘{0},’ said {1}.", "{1} said: '{0}.'", "“{0}.”")
            select string.Format(CultureInfo.InvariantCulture, form, words, speaker),
            // Quotations left open, to run on into the next paragraph when it opens with the same mark.
            from speaker in Gen.Elements(_speakers)
            from words in Words(1, 8)
            from form in Gen.Elements("{1} said: “{0}.", "“{0}.", "\"{0}.", "‘{0}.")
            select string.Format(CultureInfo.InvariantCulture, form, words, speaker));

    private static Gen<string> Words(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Elements(_words).ArrayOf(n)).Select(words => string.Join(' ', words));

    // The text cut at the given offsets, never inside a surrogate pair (Word keeps a character in one run).
    private static List<string> Cut(string text, int[] cuts)
    {
        var offsets = cuts.Where(c => c > 0 && c < text.Length && !char.IsLowSurrogate(text[c])).Distinct().Order().ToList();
        var pieces = new List<string>();
        var start = 0;
        foreach (var offset in offsets.Append(text.Length))
        {
            pieces.Add(text[start..offset]);
            start = offset;
        }

        return pieces;
    }

    // One piece of the text as a run, maybe wrapped, with maybe something that adds no text or only white space before it.
    private static Gen<string> RunGroup(string piece) =>
        from before in Gen.Frequency((3, Gen.Constant(string.Empty)), (1, Between()))
        from run in Run(piece)
        from wrapped in Gen.Frequency(
            (8, Gen.Constant(run)),
            (3, Gen.Constant($"<w:ins w:id=\"{NextId()}\" {Tracked}>{run}</w:ins>")),
            (1, Gen.Constant($"<w:moveTo w:id=\"{NextId()}\" {Tracked}>{run}</w:moveTo>")),
            (1, Gen.Constant($"<w:hyperlink w:anchor=\"notes\" w:history=\"1\">{run}</w:hyperlink>")),
            (1, Gen.Constant($"<w:hyperlink w:anchor=\"notes\"><w:ins w:id=\"{NextId()}\" {Tracked}>{run}</w:ins></w:hyperlink>")),
            (1, Gen.Constant($"<w:fldSimple w:instr=\" MERGEFIELD Ward \">{run}</w:fldSimple>")),
            (1, Gen.Constant($"<w:sdt><w:sdtPr><w:alias w:val=\"Ward\"/></w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>")),
            (1, Gen.Constant($"<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">{run}</w:smartTag>")))
        select before + wrapped;

    // A run holding the piece, its text in one w:t or two with a tab, break or hyphen between them.
    private static Gen<string> Run(string piece) =>
        from properties in Gen.Elements(string.Empty, string.Empty, "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:rFonts w:ascii=\"Arial\"/><w:lang w:val=\"en-GB\"/></w:rPr>")
        from split in Gen.Choose(0, piece.Length)
        from inside in Gen.Elements(string.Empty, "<w:tab/>", "<w:br/>", "<w:cr/>", "<w:noBreakHyphen/>", "<w:softHyphen/>", "<w:lastRenderedPageBreak/>")
        select split == 0 || split == piece.Length || char.IsLowSurrogate(piece[split])
            ? $"<w:r>{properties}{T(piece)}</w:r>"
            : $"<w:r>{properties}{T(piece[..split])}{inside}{T(piece[split..])}</w:r>";

    // What Word writes between runs: deletions (some inserted first, by another author), white space of its own,
    // and marks that hold no text.
    private static Gen<string> Between() =>
        Gen.OneOf(
            Words(1, 4).Select(Deleted),
            Gen.Elements(_tokens).Select(Deleted),
            Words(1, 3).Select(words => $"<w:del w:id=\"{NextId()}\" {Tracked}><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(words)}</w:t></w:r></w:del>"),
            Words(1, 3).Select(words => $"<w:ins w:id=\"{NextId()}\" {Tracked}>{Deleted(words)}</w:ins>"),
            Words(1, 3).Select(words => $"<w:moveFrom w:id=\"{NextId()}\" {Tracked}><w:r>{T(words)}</w:r></w:moveFrom>"),
            Gen.Elements(
                "<w:r><w:tab/></w:r>",
                "<w:r><w:br/></w:r>",
                "<w:r><w:br w:type=\"page\"/></w:r>",
                "<w:r><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/></w:r>",
                "<w:r><w:noBreakHyphen/></w:r>",
                "<w:r><w:softHyphen/></w:r>",
                "<w:r><w:rPr><w:b/></w:rPr></w:r>",
                "<w:r/>",
                "<w:bookmarkStart w:id=\"0\" w:name=\"notes\"/><w:bookmarkEnd w:id=\"0\"/>",
                "<w:proofErr w:type=\"spellStart\"/>",
                "<w:proofErr w:type=\"gramEnd\"/>",
                "<w:r><w:lastRenderedPageBreak/></w:r>"));

    private static string Deleted(string text) =>
        $"<w:del w:id=\"{NextId()}\" {Tracked}><w:r><w:delText xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:delText></w:r></w:del>";

    private static string T(string text) => $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t>";

    private static int NextId() => Interlocked.Increment(ref _nextId);
}
