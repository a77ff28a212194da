namespace PublicityCheck.Documents;

/// <summary>What a block of text is in its document.</summary>
public enum BlockKind
{
    /// <summary>A heading or title.</summary>
    Heading,

    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A paragraph inside a table cell.</summary>
    TableCell,

    /// <summary>A paragraph inside a block quote.</summary>
    BlockQuote,

    /// <summary>A paragraph of a Word header.</summary>
    Header,

    /// <summary>A paragraph of a Word footer.</summary>
    Footer,

    /// <summary>A paragraph of a Word footnote.</summary>
    Footnote,

    /// <summary>A paragraph of a Word endnote.</summary>
    Endnote,

    /// <summary>A paragraph inside a Word text box or shape.</summary>
    TextBox,

    /// <summary>A paragraph inside a Word content control.</summary>
    ContentControl,

    /// <summary>The alternative text of an image: published with it, and read by screen readers.</summary>
    ImageText,
}
