using System.Security.Cryptography;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.IO;
using PublicityCheck.Releases;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning;

/// <summary>One file's part of a scan: hash it, then reuse its stored findings or check it again.</summary>
internal sealed class FileScan(string fullPath, string relativePath, string displayPath, ScanContext context)
{
    private const string Unreadable = "unreadable";

    /// <summary>What became of the file, or null when it went before it could be read.</summary>
    public FileOutcome? Run(StoredFile? previous, CancellationToken cancellationToken)
    {
        long size = -1;
        long modified = -1;
        long hashedAt = 0;
        var hash = Unreadable;
        var identity = UntrustedFile.Identify(fullPath);
        if (identity is null)
        {
            return null;
        }

        if (identity.Value.Kind == FileKind.Regular)
        {
            try
            {
                var info = new FileInfo(fullPath);
                size = info.Length;
                modified = info.LastWriteTimeUtc.Ticks;
                hashedAt = DateTime.UtcNow.Ticks;
                if (!context.Rehash && previous is not null && previous.Vouches(size, modified))
                {
                    // Same size and modified time as when it was hashed, and written well before: the content is taken as unchanged.
                    hash = previous.Sha256;
                    hashedAt = previous.HashedTicks;
                }
                else
                {
                    // Opened only if it is still a regular file, and hashed only up to the readers' limit.
                    using var stream = UntrustedFile.OpenRead(fullPath, context.MaxFileBytes);
                    hash = Convert.ToHexStringLower(SHA256.HashData(stream));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (UntrustedFile.Identify(fullPath) is null)
                {
                    return null;
                }

                // Unreadable now (swapped for a FIFO, too large, no permission): never reuse; the checker reports it as PC0001.
                (size, modified, hashedAt, hash) = (-1, -1, 0, Unreadable);
            }
        }

        var fingerprint = context.Fingerprint.For(fullPath);
        if (previous is not null
            && hash != Unreadable
            && previous.Sha256 == hash
            && previous.Fingerprint == fingerprint
            && (!previous.DateDependent || previous.CheckedOn == context.Today)
            && context.Codec.Decode(previous.Diagnostics, displayPath) is { } reused)
        {
            var stored = previous with { Size = size, ModifiedTicks = modified, HashedTicks = hashedAt };
            return FileOutcome.Create(relativePath, reused.Result, reused.Excerpts, analysed: false, stored, previous);
        }

        var result = Check(cancellationToken);
        if (UntrustedFile.Identify(fullPath) is null)
        {
            return null;
        }

        var excerpts = result.Diagnostics.Select((_, i) => result.ExcerptOf(i)).ToList();
        var dateDependent = result.PublishOnOrigin == PublicationDateOrigin.Assumed;
        var json = DiagnosticCodec.Encode(result, result.Diagnostics.Select((d, i) => (d, excerpts[i])));
        var release = ReleaseRecord.Of(result, context.Checker.ConfigurationFor(fullPath).Roster);
        return FileOutcome.Create(relativePath, result, excerpts, analysed: true, new StoredFile(size, modified, hash, fingerprint, context.Today, dateDependent, json, hashedAt)) with { Release = release };
    }

    /// <summary>
    /// Checks the file. Whatever checking it throws, short of a stopped scan or an invalid configuration, is this
    /// file's PC0001, so one crafted or unlucky release cannot end a scan of thousands.
    /// </summary>
    private FileResult Check(CancellationToken cancellationToken)
    {
        try
        {
            return context.Checker.CheckFile(fullPath, displayPath, cancellationToken);
        }
        catch (Exception ex) when (ex is not ConfigurationException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var failure = DocumentReadResult.Failure(displayPath, $"checking it failed unexpectedly ({ex.Message.TrimEnd('.')})");
            return new FileResult(displayPath, null, null, failure.Diagnostics);
        }
    }
}
