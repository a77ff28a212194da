using System.Security.Cryptography;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning;

/// <summary>One file's part of a scan: hash it, then reuse its stored findings or check it again.</summary>
internal sealed class FileScan(string fullPath, string relativePath, string displayPath, ScanContext context)
{
    /// <summary>What became of the file, or null when it went before it could be read.</summary>
    public FileOutcome? Run(StoredFile? previous, CancellationToken cancellationToken)
    {
        long size;
        long modified;
        long hashedAt = DateTime.UtcNow.Ticks;
        string hash;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return null;
            }

            size = info.Length;
            modified = info.LastWriteTimeUtc.Ticks;
            if (!context.Rehash && previous is not null && previous.Vouches(size, modified))
            {
                // Same size and modified time as when it was hashed, and written well before: the content is taken as unchanged.
                hash = previous.Sha256;
                hashedAt = previous.HashedTicks;
            }
            else
            {
                using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.SequentialScan);
                hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: never reuse; the checker reports it as PC0001.
            size = -1;
            modified = -1;
            hashedAt = 0;
            hash = "unreadable";
        }

        var fingerprint = context.Fingerprint.For(fullPath);
        if (previous is not null
            && hash != "unreadable"
            && previous.Sha256 == hash
            && previous.Fingerprint == fingerprint
            && (!previous.DateDependent || previous.CheckedOn == context.Today)
            && context.Codec.Decode(previous.Diagnostics, displayPath) is { } reused)
        {
            var stored = previous with { Size = size, ModifiedTicks = modified, HashedTicks = hashedAt };
            return FileOutcome.Create(relativePath, reused.Result, reused.Excerpts, analysed: false, stored, previous);
        }

        var result = context.Checker.CheckFile(fullPath, displayPath, cancellationToken);
        if (!File.Exists(fullPath))
        {
            return null;
        }

        var identities = FindingIdentities.Occurrences(result.Diagnostics);
        var excerpts = result.Diagnostics.Select((d, i) => Excerpts.Around(result.Document, d.Text, identities[i])).ToList();
        var dateDependent = result.Document is not null && !context.PublishOnGiven && result.Document.Metadata.PublishOn is null;
        var json = DiagnosticCodec.Encode(result, result.Diagnostics.Select((d, i) => (d, excerpts[i])));
        return FileOutcome.Create(relativePath, result, excerpts, analysed: true, new StoredFile(size, modified, hash, fingerprint, context.Today, dateDependent, json, hashedAt));
    }
}
