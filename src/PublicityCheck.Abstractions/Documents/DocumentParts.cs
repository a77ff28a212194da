namespace PublicityCheck.Documents;

/// <summary>
/// Names of the parts of a document that a location can point into. Markdown files have only
/// <see cref="Body"/> (front matter lines count as body lines, as an editor numbers them); Word files name
/// headers and footers after their package part (<c>header1</c>, <c>footer2</c>).
/// </summary>
public static class DocumentParts
{
    /// <summary>The main text: a Markdown file, or a Word document's body.</summary>
    public const string Body = "body";

    /// <summary>A Word document's footnotes.</summary>
    public const string Footnotes = "footnotes";

    /// <summary>A Word document's endnotes.</summary>
    public const string Endnotes = "endnotes";

    /// <summary>A Word document's reviewer comments.</summary>
    public const string Comments = "comments";

    /// <summary>The whole file, for findings about the file rather than a place in it.</summary>
    public const string File = "file";
}
