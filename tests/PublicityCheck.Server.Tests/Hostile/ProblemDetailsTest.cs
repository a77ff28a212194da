using System.Net.Http.Headers;
using System.Text;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// Whatever is wrong with a request, the answer is problem details in the service's own words: never a .NET type
/// name, an exception's name or a namespace, which tell an attacker what runs and help nobody else.
/// </summary>
public class ProblemDetailsTest
{
    private const long Limit = 64 * 1024;

    public static TheoryData<string> BadRequests => new(BadRequestsByName.Keys);

    private static readonly Dictionary<string, Func<HttpRequestMessage>> BadRequestsByName = new()
    {
        ["paragraphs is a number"] = () => Json("{\"paragraphs\": 5}"),
        ["a paragraph is a number"] = () => Json("{\"paragraphs\": [1, 2]}"),
        ["markdown is an object"] = () => Json("{\"markdown\": {\"a\": 1}}"),
        ["publishOn is an array"] = () => Json("{\"paragraphs\": [\"A\"], \"publishOn\": [2026]}"),
        ["category is a number"] = () => Json("{\"paragraphs\": [\"A\"], \"category\": 7}"),
        ["truncated JSON"] = () => Json("{\"paragraphs\": [\"The Part II report"),
        ["JSON nested 10,000 deep"] = () => Json(new string('[', 10_000)),
        ["invalid UTF-8"] = () => Raw("/api/v1/check", [0x7B, 0x22, 0x6D, 0x61, 0x72, 0x6B, 0x64, 0x6F, 0x77, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], "application/json"),
        ["the JSON null"] = () => Json("null"),
        ["an empty body"] = () => Json(string.Empty),
        ["a bad date"] = () => Json("{\"paragraphs\": [\"A\"], \"publishOn\": \"5 March\"}"),
        ["XML to the JSON endpoint"] = () => Raw("/api/v1/check", "<release/>"u8.ToArray(), "application/xml"),
        ["a file that is not Word"] = () => Raw("/api/v1/check/docx", "Cabinet agrees sale"u8.ToArray(), "application/octet-stream"),
        ["a zip that is not Word"] = () => Raw("/api/v1/check/docx", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "application/octet-stream"),
        ["a malformed multipart form"] = () => Raw("/api/v1/check/docx", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK"u8.ToArray(), "multipart/form-data; boundary=x"),
        ["a multipart form with no boundary"] = () => Raw("/api/v1/check/docx", "PK"u8.ToArray(), "multipart/form-data"),
        ["a multipart form with no file"] = () => Raw("/api/v1/check/docx", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"u8.ToArray(), "multipart/form-data; boundary=x"),
        ["a bad publishOn query"] = () => Raw("/api/v1/check/docx?publishOn=tomorrow", [0x50, 0x4B], "application/octet-stream"),
        ["a chunked JSON body over the limit"] = () => Chunked("/api/v1/check", "application/json"),
        ["a chunked Word body over the limit"] = () => Chunked("/api/v1/check/docx", "application/octet-stream"),
        ["a declared length over the limit"] = () => Raw("/api/v1/check/docx", new byte[Limit + 1], "application/octet-stream"),
        ["a form post without the client header"] = () => Raw("/api/v1/check", "a=b"u8.ToArray(), "application/x-www-form-urlencoded", clientHeader: false),
        ["a foreign origin"] = () => WithHeader(Json("{\"paragraphs\": [\"A\"]}"), "Origin", "https://evil.example"),
        ["a rebinding host"] = () => WithHost(new HttpRequestMessage(HttpMethod.Get, "/api/v1/rules"), "attacker.example"),
        ["no such route"] = () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/nothing"),
        ["a method not allowed"] = () => new HttpRequestMessage(HttpMethod.Delete, "/api/v1/check"),
        ["a request line over Kestrel's limit"] = () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/rules?x=" + new string('a', 40_000)),
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Answer_NamesNoDotNetType(string name)
    {
        await using var host = await KestrelHost.StartAsync(new ServerOptions { MaxRequestBytes = Limit });
        using var request = BadRequestsByName[name]();
        if (request.Headers.Host is { } hostName)
        {
            request.Headers.Host = $"{hostName}:{host.Address.Port}";
        }

        var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode >= 400, $"{name}: {(int)response.StatusCode} {body}");
        Assert.True(body.Length == 0 || response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{name}: {response.Content.Headers.ContentType} {body}");
        foreach (var word in new[] { "Exception", "System.", "Microsoft.", "Newtonsoft", "PublicityCheck.Server", "   at " })
        {
            Assert.False(body.Contains(word, StringComparison.Ordinal), $"{name}: the answer names '{word}': {body}");
        }
    }

    private static HttpRequestMessage Json(string json) => Raw("/api/v1/check", Encoding.UTF8.GetBytes(json), "application/json");

    private static HttpRequestMessage Raw(string path, byte[] body, string contentType, bool clientHeader = true)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (clientHeader)
        {
            request.Headers.Add("X-PublicityCheck", "1");
        }

        return request;
    }

    private static HttpRequestMessage Chunked(string path, string contentType)
    {
        var content = new StreamContent(new NoLengthStream(new byte[Limit * 2]));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string header, string value)
    {
        request.Headers.Add(header, value);
        return request;
    }

    private static HttpRequestMessage WithHost(HttpRequestMessage request, string host)
    {
        request.Headers.Host = host;
        return request;
    }

    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
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
