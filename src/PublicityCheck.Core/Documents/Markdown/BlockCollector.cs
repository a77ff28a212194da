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

        var text = new MappedTextBuilder(_source, _lines, leaf.Span.Start, leaf.Span.End + 1);
        var images = new List<Block>();
        AddInlines(leaf.Inline, text, images);
        if (text.ToBlock(kind, level) is { } block)
        {
            Blocks.Add(block);
        }

        Blocks.AddRange(images);
    }

    // Walks the inlines with a stack of its own rather than by recursion: Markdig holds containers to its nesting
    // limit but not emphasis, and a run of half a million asterisks parses to inlines nested a quarter of a million
    // deep, which would overflow the call stack.
    private void AddInlines(ContainerInline container, MappedTextBuilder blockText, List<Block> images)
    {
        var stack = new Stack<InlineFrame>();
        stack.Push(new InlineFrame(container.FirstChild, blockText, null));
        while (stack.TryPop(out var frame))
        {
            if (frame.Next is not { } inline)
            {
                if (frame.ImageText?.ToBlock(BlockKind.ImageText, 0) is { } altBlock)
                {
                    images.Add(altBlock);
                }

                continue;
            }

            stack.Push(frame with { Next = inline.NextSibling });
            var text = frame.Text;
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
                    // The alternative text becomes a block of its own, added once the image's inlines are read.
                    text.MarkSkipped();
                    var alt = new MappedTextBuilder(_source, _lines, image.Span.Start, image.Span.End + 1);
                    stack.Push(new InlineFrame(image.FirstChild, alt, alt));
                    break;
                case ContainerInline children:
                    stack.Push(new InlineFrame(children.FirstChild, text, null));
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

    /// <summary>The next inline to read in one container, the text it adds to, and the image text it completes.</summary>
    private readonly record struct InlineFrame(Inline? Next, MappedTextBuilder Text, MappedTextBuilder? ImageText);

    [GeneratedRegex(@"^</?br\s*/?>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"<!--(?<body>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();
}
