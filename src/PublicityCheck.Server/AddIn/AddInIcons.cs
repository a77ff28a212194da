using System.Buffers.Binary;
using System.Collections.Frozen;

namespace PublicityCheck.Server.AddIn;

/// <summary>
/// The add-in's icon, drawn here rather than shipped as artwork: a tick on a rounded blue square, rendered at each
/// size the manifest and the ribbon ask for (16, 32 and 80 px for the ribbon button, 32 and 64 px for the add-in's
/// entry) and as the pages' favicon. Shapes are signed distances sampled 8 × 8 times a pixel, so every size is
/// anti-aliased without a graphics library.
/// </summary>
internal static class AddInIcons
{
    /// <summary>The sizes served at <c>/addin/icon-{size}.png</c>.</summary>
    public static readonly IReadOnlyList<int> Sizes = [16, 32, 64, 80];

    /// <summary>The sizes packed into <c>/favicon.ico</c>.</summary>
    public static readonly IReadOnlyList<int> FaviconSizes = [16, 32];

    private const int Samples = 8;

    // The council-document blue of the pages' links and the white of the tick, as RGB.
    private static readonly (double R, double G, double B) Background = (0x0B, 0x53, 0x94);
    private static readonly (double R, double G, double B) Tick = (0xFF, 0xFF, 0xFF);

    private static readonly FrozenDictionary<int, byte[]> Pngs = Sizes.Union(FaviconSizes).ToFrozenDictionary(s => s, s => PngEncoder.Encode(s, s, Draw(s)));
    private static readonly Lazy<byte[]> Ico = new(() => PackIco(FaviconSizes));

    /// <summary>The icon as a PNG of <paramref name="size"/> × <paramref name="size"/> pixels, or null for a size not served.</summary>
    public static byte[]? Png(int size) => Sizes.Contains(size) ? Pngs[size] : null;

    /// <summary>The favicon: an ICO file holding the icon at each of <see cref="FaviconSizes"/>, each as a PNG.</summary>
    public static byte[] Favicon => Ico.Value;

    /// <summary>The icon's RGBA pixels at <paramref name="size"/> px.</summary>
    internal static byte[] Draw(int size)
    {
        var pixels = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var (square, tick) = Coverage(x, y, size);
                var at = ((y * size) + x) * 4;
                pixels[at] = Blend(Background.R, Tick.R, tick);
                pixels[at + 1] = Blend(Background.G, Tick.G, tick);
                pixels[at + 2] = Blend(Background.B, Tick.B, tick);
                pixels[at + 3] = (byte)Math.Round(255 * square);
            }
        }

        return pixels;
    }

    // How much of the pixel the square covers, and how much of the square the tick covers there (0 to 1 each).
    private static (double Square, double Tick) Coverage(int x, int y, int size)
    {
        int inSquare = 0, inTick = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                // The sample's place on the unit square the shapes are drawn on.
                var u = (x + ((sx + 0.5) / Samples)) / size;
                var v = (y + ((sy + 0.5) / Samples)) / size;
                if (RoundedSquare(u, v) <= 0)
                {
                    inSquare++;
                    if (TickMark(u, v) <= 0)
                    {
                        inTick++;
                    }
                }
            }
        }

        return (inSquare / (double)(Samples * Samples), inSquare == 0 ? 0 : inTick / (double)inSquare);
    }

    // A square filling the icon with corners rounded by a sixth of its side.
    private static double RoundedSquare(double u, double v)
    {
        const double half = 0.5, radius = 1.0 / 6;
        var qx = Math.Abs(u - 0.5) - (half - radius);
        var qy = Math.Abs(v - 0.5) - (half - radius);
        return Math.Sqrt((Math.Max(qx, 0) * Math.Max(qx, 0)) + (Math.Max(qy, 0) * Math.Max(qy, 0))) + Math.Min(Math.Max(qx, qy), 0) - radius;
    }

    // A tick: two strokes with round ends, short down to the right, then long up to the right.
    private static double TickMark(double u, double v)
    {
        const double stroke = 0.08;
        return Math.Min(Segment(u, v, 0.25, 0.52, 0.43, 0.70), Segment(u, v, 0.43, 0.70, 0.77, 0.32)) - stroke;
    }

    // The distance from (px, py) to the segment from (ax, ay) to (bx, by).
    private static double Segment(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        var t = Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        double ex = px - (ax + (t * dx)), ey = py - (ay + (t * dy));
        return Math.Sqrt((ex * ex) + (ey * ey));
    }

    private static byte Blend(double from, double to, double amount) => (byte)Math.Round(from + ((to - from) * amount));

    // An ICO file whose images are PNGs, which every browser and Windows since Vista read.
    private static byte[] PackIco(IReadOnlyList<int> sizes)
    {
        const int headerLength = 6, entryLength = 16;
        var images = sizes.Select(s => Pngs[s]).ToList();
        var ico = new byte[headerLength + (entryLength * sizes.Count) + images.Sum(i => i.Length)];
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(2), 1); // type: icon
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(4), (ushort)sizes.Count);
        var offset = headerLength + (entryLength * sizes.Count);
        for (var i = 0; i < sizes.Count; i++)
        {
            var entry = ico.AsSpan(headerLength + (entryLength * i), entryLength);
            entry[0] = (byte)sizes[i]; // width
            entry[1] = (byte)sizes[i]; // height
            BinaryPrimitives.WriteUInt16LittleEndian(entry[4..], 1); // colour planes
            BinaryPrimitives.WriteUInt16LittleEndian(entry[6..], 32); // bits per pixel
            BinaryPrimitives.WriteInt32LittleEndian(entry[8..], images[i].Length);
            BinaryPrimitives.WriteInt32LittleEndian(entry[12..], offset);
            images[i].CopyTo(ico, offset);
            offset += images[i].Length;
        }

        return ico;
    }
}
