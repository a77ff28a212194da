using System.Globalization;
using System.Text;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

public sealed class HostileWordTest
{
    [Fact]
    public void CheckFile_ZipBomb_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("bomb.docx", HostilePackages.WithZeros("word/media/image1.bin", 300L * 1024 * 1024));

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("zip bomb", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_ExternalEntity_RefusedWithoutReadingIt()
    {
        using var folder = new TemporaryFolder();
        var secret = folder.Write("secret.txt", "PARKING-SECRET-4711");
        var path = folder.Write("xxe.docx", HostilePackages.WithDocument(writer => writer.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://{secret}\">]>"
            + $"<w:document {WordDocumentBuilder.Namespaces}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")));

        var (result, _) = HostileCheck.Run(folder, path);

        var reason = HostileCheck.Refusal(result);
        Assert.Contains("DTD", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("PARKING-SECRET", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_BillionLaughsDtd_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var path = folder.Write("laughs.docx", HostilePackages.WithDocument(writer => writer.Write(
            $"<?xml version=\"1.0\"?><!DOCTYPE w:document [{entities}]>"
            + $"<w:document {WordDocumentBuilder.Namespaces}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")));

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("DTD", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_FiftyMegabyteParagraph_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("long.docx", HostilePackages.WithBody(writer =>
        {
            writer.Write("<w:p><w:r><w:t xml:space=\"preserve\">");
            HostileText.WriteWords(writer, 50 * 1024 * 1024);
            writer.Write("</w:t></w:r></w:p>");
        }));

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("more than the 1,000,000 limit", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_HundredThousandParagraphs_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("many.docx", HostilePackages.WithBody(writer =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<w:p><w:r><w:t>Paragraph {i}: the council's \"plan\" for ward {i % 97} was agreed.</w:t></w:r></w:p>"));
            }
        }));

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("more than the 1,000,000 limit", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_TenThousandParagraphs_ReadWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("many.docx", HostilePackages.WithBody(writer =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<w:p><w:r><w:t>Paragraph {i}: the council's \"plan\" for ward {i % 97} was agreed.</w:t></w:r></w:p>"));
            }
        }));

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Equal(10_000, document.Blocks.Length);
    }

    [Fact]
    public void CheckFile_DeeplyNestedTables_RefusedWithinBound()
    {
        using var folder = new TemporaryFolder();
        const int depth = 2_000;
        var path = folder.Write("nested.docx", HostilePackages.WithBody(writer =>
        {
            for (var i = 0; i < depth; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<w:tbl><w:tr><w:tc w:id=\"{i}\">"));
            }

            writer.Write("<w:p><w:r><w:t>Innermost cell.</w:t></w:r></w:p>");
            for (var i = 0; i < depth; i++)
            {
                writer.Write("</w:tc></w:tr></w:tbl>");
            }
        }));

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("nests elements more than", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_NestedTablesAsWordAllows_Read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("nested.docx", HostilePackages.WithBody(writer =>
        {
            for (var i = 0; i < 63; i++)
            {
                writer.Write("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell text.</w:t></w:r></w:p>");
            }

            for (var i = 0; i < 63; i++)
            {
                writer.Write("</w:tc></w:tr></w:tbl>");
            }
        }));

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Equal(63, document.Blocks.Length);
    }
}
