using System.Text;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

public sealed class HostileMarkdownTest
{
    [Fact]
    public void CheckFile_OneTenMegabyteLine_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "one-line.md");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            HostileText.WriteWords(writer, 10 * 1024 * 1024);
        }

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("more than the 1,000,000 limit", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_OneLineJustUnderTheTextLimit_ReadWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "one-line.md");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            HostileText.WriteWords(writer, 990_000);
        }

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Equal(1, document.GetLocation(new PublicityCheck.Documents.TextSpan(document.Text.Length - 1, 1)).Start.Line);
    }

    [Fact]
    public void CheckFile_InvalidUtf8_ReadAsWindows1252WithWarning()
    {
        using var folder = new TemporaryFolder();
        byte[] bytes = [.. Encoding.ASCII.GetBytes("# Caf"), 0xE9, 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.ASCII.GetBytes(" opens\n\nThe council said \x80so\x80.\n")];
        var path = folder.Write("bad.md", bytes);

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Contains(result.Diagnostics, d => d.Id == "PC0002");
        Assert.StartsWith("Café", document.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_TruncatedUtf8Sequence_ReadWithWarning()
    {
        using var folder = new TemporaryFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("The council’s plan"), 0xE2, 0x80];
        var path = folder.Write("truncated.md", bytes);

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Contains(result.Diagnostics, d => d.Id == "PC0002");
    }

    [Fact]
    public void CheckFile_DeeplyNestedQuotesAndLists_FinishesWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("nested.md", string.Concat(Enumerable.Repeat("> - ", 50_000)) + "The council said so.\n\n" + new string('[', 100_000) + "\n");

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.True(result.Format is not null || result.Diagnostics.Single().Id == "PC0001");
    }

    [Fact]
    public void CheckFile_HundredThousandParagraphs_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        var text = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("Paragraph ").Append(i).Append(": the council's \"plan\" was agreed, said Councillor Ashworth.\n\n");
        }

        var path = folder.Write("many.md", text.ToString());

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("more than the 1,000,000 limit", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_OverSizeLimit_RefusedWithoutReading()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(51L * 1024 * 1024);
        }

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("50 MB limit", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }
}
