using System.IO.Compression;
using System.Text;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Checks a Word file's bytes before the Open XML SDK sees them: that it is a zip package at all, not an OLE2
/// file, encrypted package or legacy <c>.doc</c>; that it unpacks within the limits (actually decompressing every
/// entry with a counter, since declared sizes can lie); that no XML part declares a DTD; and that the parts the
/// packaging library parses itself when the package is opened (<c>[Content_Types].xml</c> and every relationships
/// part) keep within <see cref="WordXml.MaxDepth"/> and <see cref="WordXml.MaxNodes"/>. Every other part is bounded
/// as it is loaded (<see cref="WordXml.Load"/>).
/// </summary>
internal static class WordPackageGuard
{
    /// <summary>Entries smaller than this when unpacked are not held to the compression ratio limit.</summary>
    internal const long RatioFloorBytes = 256 * 1024;

    private const int ProbeBytes = 4096;

    private static readonly byte[] _zipLocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] _zipEmptyArchive = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] _doctype = Encoding.ASCII.GetBytes("<!DOCTYPE");
    private static readonly byte[] _doctypeUtf16 = Encoding.Unicode.GetBytes("<!DOCTYPE");

    /// <summary>Why the package cannot be read, or null when it may be opened.</summary>
    public static string? Check(byte[] bytes, ReaderOptions options, CancellationToken cancellationToken)
    {
        if (bytes.Length == 0)
        {
            return "the file is empty (0 bytes)";
        }

        if (Ole2Inspector.IsOle2(bytes))
        {
            return Ole2Inspector.Describe(bytes);
        }

        if (!bytes.AsSpan().StartsWith(_zipLocalHeader) && !bytes.AsSpan().StartsWith(_zipEmptyArchive))
        {
            return LooksLikeText(bytes)
                ? "it is not a Word package (not a zip file): it appears to be plain text saved under a Word name"
                : "it is not a Word package (not a zip file)";
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return CheckEntries(archive, options, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return $"the zip package is truncated or corrupt ({ex.Message.TrimEnd('.')})";
        }
        catch (IOException ex)
        {
            return $"the zip package is truncated or corrupt ({ex.Message.TrimEnd('.')})";
        }
    }

    private static string? CheckEntries(ZipArchive archive, ReaderOptions options, CancellationToken cancellationToken)
    {
        var entries = archive.Entries;
        if (entries.Any(e => string.Equals(e.FullName, "mimetype", StringComparison.Ordinal))
            && !entries.Any(e => string.Equals(e.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase)))
        {
            return "it is not a Word document: it is an OpenDocument file (as LibreOffice saves .odt), not an Office Open XML package";
        }

        long declared = 0;
        foreach (var entry in entries)
        {
            declared += Math.Max(0, entry.Length);
        }

        if (declared > options.MaxUncompressedBytes)
        {
            return $"the package would unpack to {declared / (1024 * 1024)} MB, more than the {options.MaxUncompressedBytes / (1024 * 1024)} MB limit (a zip bomb?)";
        }

        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reason = CheckEntry(entry, buffer, options, ref total);
            if (reason is not null)
            {
                return reason;
            }
        }

        // Only once every entry is known to unpack within the limits: the package structure, parsed on opening.
        foreach (var entry in entries)
        {
            if (IsPackageStructure(entry.FullName))
            {
                using var stream = entry.Open();
                if (WordXml.CheckBounds(stream, entry.FullName, cancellationToken) is { } reason)
                {
                    return reason;
                }
            }
        }

        return null;
    }

    private static bool IsPackageStructure(string name) =>
        string.Equals(name, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string? CheckEntry(ZipArchiveEntry entry, byte[] buffer, ReaderOptions options, ref long total)
    {
        var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        var probe = isXml ? new MemoryStream() : null;
        long actual = 0;
        using (var stream = entry.Open())
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (probe is not null && probe.Length < ProbeBytes)
                {
                    probe.Write(buffer, 0, (int)Math.Min(read, ProbeBytes - probe.Length));
                }

                actual += read;
                total += read;
                if (total > options.MaxUncompressedBytes)
                {
                    return $"the package unpacks to more than the {options.MaxUncompressedBytes / (1024 * 1024)} MB limit (a zip bomb?)";
                }

                if (actual > RatioFloorBytes && actual > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return $"the part '{entry.FullName}' is compressed more than {options.MaxCompressionRatio} to 1 (a zip bomb?)";
                }
            }
        }

        if (probe is not null && HasDoctype(probe.GetBuffer().AsSpan(0, (int)probe.Length)))
        {
            return $"the XML part '{entry.FullName}' declares a DTD (<!DOCTYPE>); document type definitions and external entities are never read";
        }

        return null;
    }

    private static bool HasDoctype(ReadOnlySpan<byte> start) =>
        start.IndexOf(_doctype) >= 0 || start.IndexOf(_doctypeUtf16) >= 0;

    private static bool LooksLikeText(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 512));
        foreach (var b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                return false;
            }
        }

        return true;
    }
}
