using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Documents.Word;

/// <summary>Reads built packages through the Word reader.</summary>
internal static class WordTestReading
{
    public static DocumentReadResult Read(byte[] bytes, ReaderOptions? options = null, string path = "release.docx") =>
        new WordReader().Read(path, new MemoryStream(bytes, writable: false), options ?? ReaderOptions.Default);

    public static DocumentReadResult Read(WordDocumentBuilder builder, ReaderOptions? options = null) => Read(builder.Build(), options);

    public static ReleaseDocument ReadDocument(WordDocumentBuilder builder)
    {
        var result = Read(builder);
        Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        return result.Document;
    }

    public static string Refusal(byte[] bytes, ReaderOptions? options = null)
    {
        var result = Read(bytes, options);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0001", error.Id);
        return error.Message;
    }
}
