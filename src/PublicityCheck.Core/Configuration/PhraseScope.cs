namespace PublicityCheck.Configuration;

/// <summary>Where a <see cref="PhraseRule"/> looks for its phrases.</summary>
public enum PhraseScope
{
    /// <summary>In each block (paragraph, heading, list item, table cell) of every part, headers and footers included.</summary>
    Block,

    /// <summary>In each sentence of the release.</summary>
    Sentence,
}
