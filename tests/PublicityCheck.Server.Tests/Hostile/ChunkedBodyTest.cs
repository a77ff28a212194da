using System.Net;
using System.Net.Http.Headers;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// A body sent chunked states no length, so only Kestrel's count as it reads catches one over the limit; that is
/// 413 like any other oversized body, on both endpoints. Real Kestrel on loopback, with a 64 KB limit.
/// </summary>
public class ChunkedBodyTest
{
    private const long Limit = 64 * 1024;

    /// <summary>A body with no Content-Length, so HttpClient sends it chunked.</summary>
    private static StreamContent Chunked(byte[] bytes, string contentType)
    {
        var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        Assert.Null(content.Headers.ContentLength);
        return content;
    }

    private static byte[] OverTheLimit(byte fill) => Enumerable.Repeat(fill, (int)Limit * 2).ToArray();

    [Fact]
    public async Task Check_AnswersRequestTooLargeForAChunkedBodyOverTheLimit()
    {
        await using var host = await KestrelHost.StartAsync(new ServerOptions { MaxRequestBytes = Limit });
        var json = "{\"markdown\": \""u8.ToArray().Concat(OverTheLimit((byte)'a')).Concat("\"}"u8.ToArray()).ToArray();

        var response = await host.Client.PostAsync("api/v1/check", Chunked(json, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckDocx_AnswersRequestTooLargeForAChunkedBodyOverTheLimit()
    {
        await using var host = await KestrelHost.StartAsync(new ServerOptions { MaxRequestBytes = Limit });

        var response = await host.Client.PostAsync("api/v1/check/docx", Chunked(OverTheLimit(0x50), "application/octet-stream"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckDocx_AnswersRequestTooLargeForAChunkedFormOverTheLimit()
    {
        await using var host = await KestrelHost.StartAsync(new ServerOptions { MaxRequestBytes = Limit });
        using var form = new MultipartFormDataContent { { Chunked(OverTheLimit(0x50), "application/octet-stream"), "file", "release.docx" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check/docx") { Content = form };
        request.Headers.Add("X-PublicityCheck", "1");

        var response = await host.Client.SendAsync(request);

        Assert.Null(form.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A readable stream that does not say how long it is.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
