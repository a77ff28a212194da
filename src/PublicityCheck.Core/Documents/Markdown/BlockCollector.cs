using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// Walks a parsed Markdown document in reading order and turns its headings, paragraphs, list items, table cells
/// and quoted paragraphs into <see cref="Block"/>s, and collects the HTML comments in it (for suppressions).
/// An image's alternative text becomes a block of its own after the block it sits in; code blocks and HTML are
/// left out.
/// </summary>
internal sealed partial class BlockCollector
{
    private readonly string _source;
    private readonly LineIndex _lines;
    private readonly CancellationToken _cancellationToken;

    public BlockCollector(string source, LineIndex lines, CancellationToken cancellationToken)
    {
        _source = source;
        _lines = lines;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The blocks found, in reading order.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>The HTML comments found, in source order: the offset of <c>&lt;!--</c> and the text between the markers.</summary>
    public List<(int Offset, string Text)> Comments { get; } = [];

    /// <summary>Collects the blocks and comments of <paramref name="document"/>.</summary>
    public void Collect(MarkdownDocument document) => VisitContainer(document, BlockKind.Paragraph, 0);

    private void VisitContainer(ContainerBlock container, BlockKind kind, int listDepth)
    {
        foreach (var block in container)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case HeadingBlock heading:
                    AddLeaf(heading, BlockKind.Heading, heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    AddLeaf(paragraph, kind, kind == BlockKind.ListItem ? listDepth : 0);
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        foreach (var cell in row.OfType<TableCell>())
                        {
                            VisitContainer(cell, BlockKind.TableCell, listDepth);
                        }
                    }

                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ContainerBlock>())
                    {
                        VisitContainer(item, BlockKind.ListItem, listDepth + 1);
                    }

                    break;
                case QuoteBlock quote:
                    VisitContainer(quote, BlockKind.BlockQuote, listDepth);
                    break;
                case HtmlBlock html:
                    AddComments(html.Span);
                    break;
                case LinkReferenceDefinitionGroup:
                    break;
                case ContainerBlock other:
                    VisitContainer(other, kind, listDepth);
                    break;
            }
        }
    }

    private void AddLeaf(LeafBlock leaf, BlockKind kind, int level)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        var text = new MappedTextBuilder(_source, _lines);
        var images = new List<Block>();
        AddInlines(leaf.Inline, text, images);
        if (text.ToBlock(kind, level) is { } block)
        {
            Blocks.Add(block);
        }

        Blocks.AddRange(images);
    }

    private void AddInlines(ContainerInline container, MappedTextBuilder text, List<Block> images)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.AppendFromSource(literal.Content.ToString(), literal.Span.Start, literal.Span.End + 1);
                    break;
                case HtmlEntityInline entity:
                    text.AppendWhole(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.Length);
                    break;
                case CodeInline code:
                    text.AppendFromSource(code.Content, code.Span.Start, code.Span.End + 1);
                    break;
                case AutolinkInline autolink:
                    text.AppendFromSource(autolink.Url, autolink.Span.Start, autolink.Span.End + 1);
                    break;
                case LineBreakInline lineBreak:
                    text.AppendLineBreak(lineBreak.Span.Start);
                    break;
                case HtmlInline html when LineBreakTag().IsMatch(html.Tag):
                    text.AppendWhole("\n", html.Span.Start, html.Span.Length);
                    break;
                case HtmlInline html:
                    AddComments(html.Span);
                    text.MarkSkipped();
                    break;
                case LinkInline { IsImage: true } image:
                    text.MarkSkipped();
                    var alt = new MappedTextBuilder(_source, _lines);
                    AddInlines(image, alt, images);
                    if (alt.ToBlock(BlockKind.ImageText, 0) is { } altBlock)
                    {
                        images.Add(altBlock);
                    }

                    break;
                case ContainerInline children:
                    AddInlines(children, text, images);
                    break;
            }
        }
    }

    private void AddComments(SourceSpan span)
    {
        var start = Math.Clamp(span.Start, 0, _source.Length);
        var end = Math.Clamp(span.End + 1, start, _source.Length);
        foreach (Match match in Comment().Matches(_source[start..end]))
        {
            Comments.Add((start + match.Index, match.Groups["body"].Value));
        }
    }

    [GeneratedRegex(@"^</?br\s*/?>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"<!--(?<body>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();
}
