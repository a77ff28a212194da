using System.IO.Compression;
using System.Text;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>Builds hostile Word packages: a real package from <see cref="WordDocumentBuilder"/> with one part replaced or added.</summary>
internal static class HostilePackages
{
    private const string DocumentPart = "word/document.xml";

    /// <summary>A valid package whose main document part is written by <paramref name="writeBody"/> between the body tags.</summary>
    public static byte[] WithBody(Action<TextWriter> writeBody) =>
        WithDocument(writer =>
        {
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {WordDocumentBuilder.Namespaces}><w:body>");
            writeBody(writer);
            writer.Write("<w:sectPr/></w:body></w:document>");
        });

    /// <summary>A valid package whose main document part is exactly what <paramref name="writeDocument"/> writes.</summary>
    public static byte[] WithDocument(Action<TextWriter> writeDocument)
    {
        var original = new WordDocumentBuilder().Paragraph("placeholder").Build();
        using var stream = new MemoryStream();
        stream.Write(original);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(DocumentPart)!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(DocumentPart, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            writeDocument(writer);
        }

        return stream.ToArray();
    }

    /// <summary>A valid package with one more part, <paramref name="name"/>, of <paramref name="length"/> zero bytes.</summary>
    public static byte[] WithZeros(string name, long length)
    {
        var original = new WordDocumentBuilder().Paragraph("The council will freeze parking charges.").Build();
        using var stream = new MemoryStream();
        stream.Write(original);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < length; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, length - written));
            }
        }

        return stream.ToArray();
    }
}
