using System.Buffers.Binary;
using System.Net;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.AddIn;

public class FaviconTest
{
    private static async Task<HttpResponseMessage> GetFaviconAsync()
    {
        await using var host = await TestServerHost.StartAsync();
        var response = await host.Client.GetAsync("favicon.ico");
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Favicon_IsServedAsASmallIcon()
    {
        var response = await GetFaviconAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 1, 4096);
    }

    [Fact]
    public async Task Favicon_HoldsTheIconAt16And32Pixels()
    {
        var ico = await (await GetFaviconAsync()).Content.ReadAsByteArrayAsync();

        // ICONDIR: reserved 0, type 1 (icon), then the count; each 16-byte entry gives the size, length and offset of an image.
        Assert.Equal((0, 1, 2), (BinaryPrimitives.ReadUInt16LittleEndian(ico), BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(2)), BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(4))));
        var sizes = new List<(int Declared, int Width, int Height)>();
        for (var i = 0; i < 2; i++)
        {
            var entry = ico.AsSpan(6 + (16 * i), 16);
            var length = BinaryPrimitives.ReadInt32LittleEndian(entry[8..]);
            var offset = BinaryPrimitives.ReadInt32LittleEndian(entry[12..]);
            var image = PngImage.Read(ico.AsSpan(offset, length).ToArray());
            sizes.Add((entry[0], image.Width, image.Height));
        }

        Assert.Equal([(16, 16, 16), (32, 32, 32)], sizes);
    }
}
