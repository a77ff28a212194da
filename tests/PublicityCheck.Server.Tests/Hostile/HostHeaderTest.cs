using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// DNS rebinding: a page at http://attacker.example:PORT has its name re-pointed at 127.0.0.1 and then reads the
/// service as its own origin. The browser still sends the attacker's name in Host, so the service refuses any name
/// that is not loopback or allowed. Real Kestrel on loopback, with the Host header set as the browser would.
/// </summary>
public class HostHeaderTest
{
    private static async Task<HttpResponseMessage> GetAsync(KestrelHost host, string path, string hostHeader, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = hostHeader;
        if (key is not null)
        {
            request.Headers.Add("X-API-Key", key);
        }

        return await host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1.attacker.example")]
    [InlineData("localhost.attacker.example")]
    [InlineData("2130706433.attacker.example")]
    public async Task Rules_RefusesARebindingHostName(string name)
    {
        await using var host = await KestrelHost.StartAsync();

        var response = await GetAsync(host, "api/v1/rules", $"{name}:{host.Address.Port}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("PC0401", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RefusesARebindingHostName()
    {
        await using var host = await KestrelHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check")
        {
            Content = JsonContent.Create(new { paragraphs = SampleReleases.DepotSale }),
        };
        request.Headers.Host = $"attacker.example:{host.Address.Port}";
        request.Headers.Add("X-PublicityCheck", "1");
        request.Headers.Add("Origin", $"http://attacker.example:{host.Address.Port}");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("[::1]")]
    public async Task Rules_AnswersALoopbackHostName(string name)
    {
        await using var host = await KestrelHost.StartAsync();

        var response = await GetAsync(host, "api/v1/rules", $"{name}:{host.Address.Port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rules_AnswersAHostNameTheUserAllowed()
    {
        await using var host = await KestrelHost.StartAsync(new ServerOptions { AllowedHosts = ["press-office.wreake-valley.example"] });

        var allowed = await GetAsync(host, "api/v1/rules", $"Press-Office.Wreake-Valley.example:{host.Address.Port}");
        var other = await GetAsync(host, "api/v1/rules", $"attacker.example:{host.Address.Port}");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task Rules_AnswersAnyHostNameWithTheApiKey()
    {
        const string Key = "wreake-valley-press-office";
        await using var host = await KestrelHost.StartAsync(new ServerOptions { ApiKey = Key });

        var withKey = await GetAsync(host, "api/v1/rules", $"pc.wreake-valley.example:{host.Address.Port}", Key);
        var withoutKey = await GetAsync(host, "api/v1/rules", $"pc.wreake-valley.example:{host.Address.Port}");

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
    }

    [Fact]
    public async Task Pages_AreRefusedUnderARebindingHostName()
    {
        await using var host = await KestrelHost.StartAsync();

        var page = await GetAsync(host, "addin/taskpane.html", $"attacker.example:{host.Address.Port}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var problem = await page.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Host not allowed", problem.GetProperty("title").GetString());
    }
}
