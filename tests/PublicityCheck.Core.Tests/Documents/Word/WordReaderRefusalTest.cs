using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Documents.Word;

public sealed class WordReaderRefusalTest
{
    private static readonly byte[] _ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    [Fact]
    public void Read_EmptyFile_RefusedAsEmpty()
    {
        Assert.Contains("empty", WordTestReading.Refusal([]), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LegacyDoc_RefusedAsWord97To2003()
    {
        Assert.Contains("Word 97-2003", WordTestReading.Refusal(Ole2("WordDocument", "1Table")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedPackage_RefusedAsEncrypted()
    {
        var reason = WordTestReading.Refusal(Ole2("EncryptionInfo", "EncryptedPackage"));

        Assert.Contains("encrypted", reason, StringComparison.Ordinal);
        Assert.Contains("password", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherOle2File_RefusedAsOle2()
    {
        Assert.Contains("OLE2", WordTestReading.Refusal(Ole2("Workbook")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextNamedDocx_RefusedAsNotZip()
    {
        var reason = WordTestReading.Refusal(Encoding.UTF8.GetBytes("Ashworth Borough Council press release: parking charges frozen.\n"));

        Assert.Contains("not a zip", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedZip_RefusedAsTruncated()
    {
        var whole = new WordDocumentBuilder().Paragraph("The council will freeze parking charges.").Build();

        Assert.Contains("truncated", WordTestReading.Refusal(whole[..(whole.Length / 2)]), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OpenDocumentZip_RefusedAsNotWord()
    {
        var bytes = Zip(("mimetype", Encoding.ASCII.GetBytes("application/vnd.oasis.opendocument.text")), ("content.xml", Encoding.UTF8.GetBytes("<office:document-content/>")));

        Assert.Contains("not a Word document", WordTestReading.Refusal(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnpackedSizeOverLimit_RefusedAsZipBomb()
    {
        var bytes = WithEntry(new WordDocumentBuilder().Paragraph("Budget 2026").Build(), "word/media/padding.bin", RandomNumberGenerator.GetBytes(3 * 1024 * 1024));

        var reason = WordTestReading.Refusal(bytes, ReaderOptions.Default with { MaxUncompressedBytes = 2 * 1024 * 1024 });

        Assert.Contains("zip bomb", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CompressionRatioOverLimit_RefusedAsZipBomb()
    {
        var bytes = WithEntry(new WordDocumentBuilder().Paragraph("Budget 2026").Build(), "word/media/padding.bin", new byte[20 * 1024 * 1024]);

        var reason = WordTestReading.Refusal(bytes);

        Assert.Contains("compressed more than 200 to 1", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeclaredSizesLie_NothingUnpackedPastDeclaredSize()
    {
        // 20 MB of zeros declared as 4 KB: unpacking stops at the declared size, so the ratio limit is never reached
        // and the body still reads; were 20 MB unpacked, the guard's own count would refuse the part.
        var bytes = WithEntry(new WordDocumentBuilder().Paragraph("Budget 2026").Build(), "word/media/padding.bin", new byte[20 * 1024 * 1024]);
        PatchDeclaredSize(bytes, "word/media/padding.bin", 4096);

        var result = WordTestReading.Read(bytes);

        Assert.Equal("Budget 2026", Assert.Single(result.Document!.Blocks).Text);
    }

    [Fact]
    public void Read_ExternalEntity_RefusedAndNeverResolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"publicitycheck-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "internal briefing: do not publish");
        try
        {
            var document = $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY briefing SYSTEM \"file://{secret}\">]>"
                + $"<w:document {WordDocumentBuilder.Namespaces}><w:body><w:p><w:r><w:t>&briefing;</w:t></w:r></w:p></w:body></w:document>";
            var bytes = WithEntry(new WordDocumentBuilder().Paragraph("placeholder").Build(), "word/document.xml", Encoding.UTF8.GetBytes(document));

            var reason = WordTestReading.Refusal(bytes);

            Assert.Contains("DTD", reason, StringComparison.Ordinal);
            Assert.DoesNotContain("internal briefing", reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_MalformedMainXml_RefusedAsNotWellFormed()
    {
        var document = $"<w:document {WordDocumentBuilder.Namespaces}><w:body><w:p><w:r><w:t>Budget 2026</w:r></w:p></w:body></w:document>";
        var bytes = WithEntry(new WordDocumentBuilder().Paragraph("placeholder").Build(), "word/document.xml", Encoding.UTF8.GetBytes(document));

        Assert.Contains("not well-formed", WordTestReading.Refusal(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOnDisk_NotModified()
    {
        var path = new WordDocumentBuilder()
            .Body(WordDocumentBuilder.P(WordDocumentBuilder.Run("Parking charges frozen "), WordDocumentBuilder.Ins("until 3 March 2026")))
            .Save(Path.Combine(Path.GetTempPath(), $"publicitycheck-{Guid.NewGuid():N}.docx"));
        try
        {
            var before = (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))), File.GetLastWriteTimeUtc(path));

            var result = DocumentReaders.Default.ReadFile(path);

            Assert.NotNull(result.Document);
            Assert.Equal(before, (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))), File.GetLastWriteTimeUtc(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Ole2(params string[] streamNames)
    {
        var bytes = new List<byte>(_ole2Signature);
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames)
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }

        return [.. bytes];
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] WithEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(name)?.Delete();
            using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    // Rewrites the uncompressed size an entry declares, in its local header and central directory record.
    private static void PatchDeclaredSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }
}
