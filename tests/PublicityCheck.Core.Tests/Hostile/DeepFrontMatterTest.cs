using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Hostile.DeepNesting;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// YAML front matter nested ten and a thousand times past its 64 limit, in flow and block style, is refused while
/// it is parsed (PC0007, naming the lines and the limit), with no tree built and the stack untouched, and the
/// release under it is still read and checked.
/// </summary>
public sealed class DeepFrontMatterTest
{
    public static TheoryData<string, int> Shapes() => new()
    {
        { "flow-sequences", YamlLimit * 10 },
        { "flow-sequences", YamlLimit * 1000 },
        { "flow-mappings", YamlLimit * 10 },
        { "flow-mappings", YamlLimit * 1000 },
        { "block-sequences", YamlLimit * 10 },
        { "block-sequences", YamlLimit * 1000 },
        { "mixed", YamlLimit * 10 },
        { "mixed", YamlLimit * 1000 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void CheckFile_FrontMatterNestedPastLimit_SkippedAndBodyRead(string shape, int depth)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("deep.md", "---\n" + Yaml(shape, depth) + "\n---\n\nThe council will freeze parking charges, said Councillor Ashworth.\n");

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Contains(document.Blocks, b => b.Text.Contains("freeze parking charges", StringComparison.Ordinal));
        var skipped = Assert.Single(result.Diagnostics, d => d.Id == "PC0007");
        Assert.Contains("front matter on lines 1-", skipped.Message, StringComparison.Ordinal);
        Assert.Contains("more than 64 deep", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_ReportedFiftyThousandDeepFlowSequence_SkippedAndBodyRead()
    {
        // The reported file: python3 -c "d=50000;open('y.md','w').write('---\na: '+'['*d+']'*d+'\n---\nx\n')"
        using var folder = new TemporaryFolder();
        var path = folder.Write("y.md", "---\na: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nx\n");

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Equal("x", Assert.Single(document.Blocks).Text);
        Assert.Contains("more than 64 deep", Assert.Single(result.Diagnostics, d => d.Id == "PC0007").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_FrontMatterWithinLimit_Read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("ok.md", "---\ntitle: Parking\ntags: " + new string('[', 60) + "a" + new string(']', 60) + "\n---\n\nThe council will freeze parking charges.\n");

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Equal("Parking", document.Metadata.Title);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "PC0001" or "PC0007");
    }

    private static string Yaml(string shape, int depth) => shape switch
    {
        "flow-sequences" => "a: " + new string('[', depth) + new string(']', depth),
        "flow-mappings" => "a: " + string.Concat(Enumerable.Repeat("{b: ", depth)) + "c" + new string('}', depth),
        "block-sequences" => "a:\n  " + string.Concat(Enumerable.Repeat("- ", depth)) + "c",
        "mixed" => "a: " + string.Concat(Enumerable.Repeat("[{b: ", depth / 2)) + "c" + string.Concat(Enumerable.Repeat("}]", depth / 2)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
