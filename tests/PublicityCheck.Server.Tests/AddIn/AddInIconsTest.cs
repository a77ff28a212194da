using PublicityCheck.Server.AddIn;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.AddIn;

public class AddInIconsTest
{
    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(80)]
    public void Png_IsAnRgbaImageOfItsSize(int size)
    {
        var image = PngImage.Read(AddInIcons.Png(size)!);

        Assert.Equal((size, size), (image.Width, image.Height));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(80)]
    public void Png_IsATickOnARoundedBlueSquare(int size)
    {
        var image = PngImage.Read(AddInIcons.Png(size)!);

        // The corner pixel is rounded off (less than a quarter covered); the middle of the left edge is the square's
        // blue; the tick's corner, at (0.43, 0.70) of the side, is white.
        Assert.InRange(image[0, 0].A, 0, 63);
        Assert.Equal((0x0B, 0x53, 0x94, 255), image[1, size / 2]);
        Assert.Equal((255, 255, 255, 255), image[(int)(0.43 * size), (int)(0.70 * size) - 1]);
    }

    [Fact]
    public void Png_SizeNotDrawn_IsNull()
    {
        Assert.Null(AddInIcons.Png(48));
    }
}
