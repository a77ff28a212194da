using System.Text;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// A Word part whose XML declaration names windows-1252 is read whether or not a windows-1252 Markdown file was
/// read first: the code pages are registered when the readers' assembly loads, not by the Markdown path.
/// </summary>
public sealed class CodePagesTest
{
    [Fact]
    public void Read_Windows1252WordXml_ReadWithoutTheMarkdownPath()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"windows-1252\"?><w:document {WordDocumentBuilder.Namespaces}><w:body>"
            + "<w:p><w:r><w:t>Parking will cost \u00a32 \u2013 said the council.</w:t></w:r></w:p><w:sectPr/></w:body></w:document>";
        var package = DeepNesting.Replace(new WordDocumentBuilder().Paragraph("placeholder").Build(), n => n == "word/document.xml", Windows1252(xml));

        var result = new WordReader().Read("cp1252.docx", new MemoryStream(package), ReaderOptions.Default);

        Assert.NotNull(result.Document);
        Assert.Equal("Parking will cost \u00a32 \u2013 said the council.", Assert.Single(result.Document.Blocks).Text);
    }

    [Fact]
    public void CodePages_RegisteredWhenTheReadersLoad()
    {
        // The module initializer runs before any type of the readers' assembly is used; touching the Word reader's
        // type alone is enough for windows-1252 to be known to the process.
        _ = typeof(WordReader).TypeHandle;
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(WordReader).Module.ModuleHandle);

        Assert.Equal(1252, Encoding.GetEncoding("windows-1252").CodePage);
    }

    private static byte[] Windows1252(string text)
    {
        // Written by hand, so that the test does not itself register the code pages provider.
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '\u2013' => 0x96,
                var c when c < 0x100 => (byte)c,
                _ => throw new ArgumentOutOfRangeException(nameof(text)),
            };
        }

        return bytes;
    }
}
