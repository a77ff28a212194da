using System.Text;
using PublicityCheck.Documents;
using static PublicityCheck.Tests.Documents.Markdown.MarkdownTestSupport;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Encodings and line endings as Windows users save them, and files that cannot be read.</summary>
public class MarkdownReaderEncodingTest
{
    private const string Quote = "# Library opening hours\r\n\r\nCllr Ann Wright said: “Our libraries will open on Sundays.”\r\n";

    [Fact]
    public void Read_Utf8WithBomAndCrlfMapsColumnsFromTheLineStart()
    {
        var result = ReadResult([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Quote)]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Library opening hours", result.Document!.Blocks[0].Text);
        Assert.Equal((new SourcePosition(3, 24), new SourcePosition(3, 27)), Locate(result.Document, "Our"));
    }

    [Fact]
    public void Read_Utf16LittleEndianWithBomIsDecoded()
    {
        var result = ReadResult([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Quote)]);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("“Our libraries will open on Sundays.”", result.Document!.Text, StringComparison.Ordinal);
        Assert.Equal((new SourcePosition(3, 24), new SourcePosition(3, 27)), Locate(result.Document, "Our"));
    }

    [Fact]
    public void Read_Utf16BigEndianWithBomIsDecoded()
    {
        var result = ReadResult([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Quote)]);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("“Our libraries will open on Sundays.”", result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Windows1252CurlyQuotesAreDecodedWithNotUtf8Finding()
    {
        byte[] bytes = [.. "# Bin collections\n\n"u8, 0x93, .. "Collections will run as normal,"u8, 0x94, .. " said Sarah Collins.\n"u8];

        var result = ReadResult(bytes);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("PC0002", DocumentParts.File), (finding.Id, finding.Location.Part));
        Assert.Equal("“Collections will run as normal,” said Sarah Collins.", result.Document!.Blocks[1].Text);
    }

    [Fact]
    public void Read_ValidUtf8GivesNoNotUtf8Finding()
    {
        var result = ReadResult("Café opening times on 3 March 2026 – all welcome.\n");

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Read_EmptyFileGivesFileUnreadable(byte[] bytes)
    {
        var result = ReadResult(bytes);

        Assert.Null(result.Document);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0001", finding.Id);
        Assert.Contains("the file is empty", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverSizeLimitGivesFileUnreadable()
    {
        var result = ReadResult(Encoding.UTF8.GetBytes("The council's budget for 2026 is set.\n"), new ReaderOptions { MaxFileBytes = 16 });

        Assert.Null(result.Document);
        Assert.Equal("PC0001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_StreamThatFailsGivesFileUnreadable()
    {
        var result = new PublicityCheck.Documents.Markdown.MarkdownReader().Read(ReleasePath, new FailingStream(), ReaderOptions.Default);

        Assert.Null(result.Document);
        Assert.Contains("disk was removed", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HostileNestingGivesFileUnreadableNotAnException()
    {
        var result = ReadResult(string.Concat(Enumerable.Repeat("> ", 20_000)) + "Charnwood Borough Council");

        Assert.Null(result.Document);
        Assert.Equal("PC0001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_CancelledTokenStopsTheRead()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new PublicityCheck.Documents.Markdown.MarkdownReader().Read(ReleasePath, new MemoryStream("# Parks\n"u8.ToArray()), ReaderOptions.Default, cancellation.Token));
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the disk was removed");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
