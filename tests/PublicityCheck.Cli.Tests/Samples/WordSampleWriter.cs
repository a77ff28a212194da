using System.Security;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Samples;

/// <summary>
/// Writes the Word samples in <c>samples/</c> from <see cref="WordSamples"/>, with the Open XML SDK, in a press
/// office's house style: a styles part (so headings look like headings in Word), a headline, the date line, body
/// paragraphs, quotations, notes to editors and the contact block.
/// </summary>
internal static class WordSampleWriter
{
    /// <summary>The styles every sample carries: Word's own ids, so Word shows them as its built-in styles.</summary>
    public const string StylesXml =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>" +
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"36\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:ind w:left=\"567\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>" +
        "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>" +
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>" +
        "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" +
        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" +
        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" +
        "</w:tblBorders></w:tblPr></w:style>" +
        "</w:styles>";

    /// <summary>The environment variable that makes <c>WriteWordSamples_WhenAsked</c> write the samples.</summary>
    public const string WriteVariable = "PUBLICITYCHECK_WRITE_SAMPLES";

    /// <summary>A new release with the samples' styles and its title property set.</summary>
    public static WordDocumentBuilder Release(string title) => new WordDocumentBuilder().Styles(StylesXml).Title(title);

    /// <summary>The headline (Heading 1).</summary>
    public static string Headline(string text) => WordDocumentBuilder.StyledP("Heading1", text);

    /// <summary>A section heading such as "Notes to editors" (Heading 2).</summary>
    public static string Heading(string text) => WordDocumentBuilder.StyledP("Heading2", text);

    /// <summary>A plain paragraph.</summary>
    public static string Para(string text) => WordDocumentBuilder.P(WordDocumentBuilder.Run(text));

    /// <summary>A quotation (the Quote style).</summary>
    public static string Quote(string text) => WordDocumentBuilder.StyledP("Quote", text);

    /// <summary>A reference to footnote <paramref name="id"/>, as Word writes it after the word it notes.</summary>
    public static string FootnoteReference(int id) =>
        $"<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>";

    /// <summary>A two-column table with borders; the first row is the heading row, in bold.</summary>
    public static string Table(params (string Label, string Value)[] rows) =>
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" +
        "<w:tblGrid><w:gridCol w:w=\"3600\"/><w:gridCol w:w=\"5400\"/></w:tblGrid>" +
        string.Concat(rows.Select((row, i) => "<w:tr>" + Cell(row.Label, 3600, i == 0) + Cell(row.Value, 5400, i == 0) + "</w:tr>")) +
        "</w:tbl>";

    /// <summary>The package of <paramref name="sample"/>.</summary>
    public static byte[] Build(WordSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Create().Build();
    }

    /// <summary>Writes every sample into <paramref name="folder"/> and returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder) =>
        [.. WordSamples.All.Select(sample => sample.Create().Save(Path.Combine(folder, sample.FileName)))];

    private static string Cell(string text, int width, bool bold) =>
        $"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr><w:p><w:r>{(bold ? "<w:rPr><w:b/></w:rPr>" : string.Empty)}" +
        $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r></w:p></w:tc>";
}
