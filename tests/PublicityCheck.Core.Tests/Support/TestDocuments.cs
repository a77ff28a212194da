using PublicityCheck.Documents;

namespace PublicityCheck.Tests.Support;

/// <summary>Builds documents straight from paragraphs, without a reader, as if each were one line of a Markdown file with a blank line between.</summary>
public static class TestDocuments
{
    /// <summary>Paragraph i sits on line 2i+1 from column 1.</summary>
    public static ReleaseDocument FromParagraphs(string path, params string[] paragraphs) =>
        FromParagraphs(path, [], paragraphs);

    /// <summary>Paragraph i sits on line 2i+1 from column 1, with the given suppressions.</summary>
    public static ReleaseDocument FromParagraphs(string path, IEnumerable<Suppression> suppressions, params string[] paragraphs)
    {
        var blocks = paragraphs.Select((text, i) =>
        {
            var map = new SourceMapBuilder().Append(text, new SourcePosition((2 * i) + 1, 1));
            return new Block(BlockKind.Paragraph, DocumentParts.Body, text, map.ToSourceMap());
        });
        return new ReleaseDocument(path, ReleaseFormat.Markdown, blocks, DocumentMetadata.Empty, suppressions);
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/> in <paramref name="document"/>'s text.</summary>
    public static TextSpan SpanOf(ReleaseDocument document, string words)
    {
        var start = document.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is not in the document");
        return new TextSpan(start, words.Length);
    }
}
