using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Hostile.DeepNesting;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Markdown nested ten and a thousand times past its 128 limit (block quotes, lists, emphasis, brackets, links in
/// emphasis, HTML) is read or refused with PC0001 naming the limit, within the bound and without recursing per
/// level: quotes and lists are refused by a line pass before Markdig parses, emphasis (which Markdig nests without
/// limit) is walked with a stack of the reader's own. Every file keeps under the 1,000,000 character limit, so it
/// is its nesting that is tested.
/// </summary>
public sealed class DeepMarkdownTest
{
    public static TheoryData<string, int> Refused() => new()
    {
        { "quotes", MarkdownLimit * 10 },
        { "quotes", MarkdownLimit * 1000 },
        { "spaced-quotes", MarkdownLimit * 10 },
        { "spaced-quotes", MarkdownLimit * 1000 },
        { "bullets", MarkdownLimit * 10 },
        { "bullets", MarkdownLimit * 1000 },
        { "numbers", MarkdownLimit * 10 },
        { "numbers", MarkdownLimit * 1000 },
        { "quoted-lists", MarkdownLimit * 10 },
        { "quoted-lists", MarkdownLimit * 1000 },
    };

    public static TheoryData<string, int> Inlines() => new()
    {
        { "asterisks", MarkdownLimit * 10 },
        { "asterisks", MarkdownLimit * 1000 },
        { "underscores", MarkdownLimit * 10 },
        { "underscores", MarkdownLimit * 1000 },
        { "alternating-emphasis", MarkdownLimit * 10 },
        { "alternating-emphasis", MarkdownLimit * 1000 },
        { "brackets", MarkdownLimit * 10 },
        { "brackets", MarkdownLimit * 1000 },
        { "links", MarkdownLimit * 10 },
        { "links", MarkdownLimit * 1000 },
        { "links-in-emphasis", MarkdownLimit * 10 },
        { "links-in-emphasis", MarkdownLimit * 1000 },
        { "html-blocks", MarkdownLimit * 10 },
        { "html-blocks", MarkdownLimit * 1000 },
        { "inline-html", MarkdownLimit * 10 },
        { "inline-html", MarkdownLimit * 1000 },
        { "images", MarkdownLimit * 10 },
        { "images", MarkdownLimit * 1000 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void CheckFile_ContainersNestedPastLimit_RefusedNamingLimit(string shape, int depth)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("deep.md", "The council will freeze parking charges.\n\n" + Nest(shape, depth) + "\n");

        var (result, _) = HostileCheck.Run(folder, path);

        var reason = HostileCheck.Refusal(result);
        Assert.Contains("line 3 nests block quotes and lists more than 128 deep", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inlines))]
    public void CheckFile_InlinesNestedPastLimit_ReadOrRefusedWithinBound(string shape, int depth)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("deep.md", "The council will freeze parking charges.\n\n" + Nest(shape, depth) + "\n");

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.True(new FileInfo(path).Length < 1_000_000);
        if (HostileCheck.DocumentOf(result) is not { } document)
        {
            Assert.Contains("more than 128 deep", HostileCheck.Refusal(result), StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(document.Blocks, b => b.Text.Contains("freeze parking charges", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CheckFile_ListsNestedByIndentationPastLimit_RefusedNamingLimit()
    {
        using var folder = new TemporaryFolder();
        var lines = Enumerable.Range(0, MarkdownLimit * 2).Select(i => new string(' ', i * 2) + "- item");
        var path = folder.Write("deep.md", string.Join("\n", lines) + "\n");

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("more than 128 deep", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_LongHorizontalRule_Read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("rule.md", "The council will freeze parking charges.\n\n" + string.Concat(Enumerable.Repeat("- ", 500)) + "\n\nMore text.\n");

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Equal(2, document.Blocks.Length);
    }

    private static string Nest(string shape, int depth) => shape switch
    {
        "quotes" => new string('>', depth) + " text",
        "spaced-quotes" => Repeat("> ", depth) + "text",
        "bullets" => Repeat("- ", depth) + "text",
        "numbers" => Repeat("1. ", depth) + "text",
        "quoted-lists" => Repeat("> - ", depth / 2) + "text",
        "asterisks" => new string('*', depth) + "text" + new string('*', depth),
        "underscores" => new string('_', depth) + "text" + new string('_', depth),
        "alternating-emphasis" => Repeat("*a _", depth / 2) + "text" + Repeat("_ b*", depth / 2),
        "brackets" => new string('[', depth) + "text" + new string(']', depth),
        "links" => Repeat("[", depth) + "text" + Repeat("](u)", depth),
        "links-in-emphasis" => Repeat("*[", depth) + "text" + Repeat("](u)*", depth),
        "html-blocks" => Repeat("<div>", depth / 2) + "text" + Repeat("</div>", depth / 2),
        "inline-html" => "x " + Repeat("<i>", depth) + "text" + Repeat("</i>", depth),
        "images" => Repeat("![", depth) + "text" + Repeat("](i)", depth),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
