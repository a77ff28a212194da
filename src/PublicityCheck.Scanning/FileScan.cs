using System.Security.Cryptography;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.IO;
using PublicityCheck.Releases;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning;

/// <summary>
/// One file's part of a scan: hash it (<see cref="Hash"/>), then reuse its stored findings (<see cref="Reuse"/>) or
/// check it again (<see cref="Check"/>), from its document read ahead (<see cref="Read"/>) or read then.
/// </summary>
internal sealed class FileScan(string fullPath, string relativePath, string displayPath, ScanContext context)
{
    private const string Unreadable = "unreadable";

    /// <summary>The file's path on disk.</summary>
    public string FullPath => fullPath;

    /// <summary>The file's size, times, content hash and fingerprint now, or null when it went before it could be read.</summary>
    public HashedFile? Hash(StoredFile? previous)
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

        return new HashedFile(size, modified, hashedAt, hash, context.Fingerprint.For(fullPath));
    }

    /// <summary>The stored findings, when the file and everything that decides its findings are as they were; otherwise null.</summary>
    public FileOutcome? Reuse(HashedFile hashed, StoredFile? previous)
    {
        if (previous is not null
            && hashed.Sha256 != Unreadable
            && previous.Sha256 == hashed.Sha256
            && previous.Fingerprint == hashed.Fingerprint
            && (!previous.DateDependent || previous.CheckedOn == context.Today)
            && context.Codec.Decode(previous.Diagnostics, displayPath) is { } reused)
        {
            var stored = previous with { Size = hashed.Size, ModifiedTicks = hashed.ModifiedTicks, HashedTicks = hashed.HashedTicks };
            return FileOutcome.Create(relativePath, reused.Result, reused.Excerpts, analysed: false, stored, previous);
        }

        return null;
    }

    /// <summary>
    /// Reads the file's document ahead of <see cref="Check"/> (<see cref="PublicityChecker.ReadAhead(string, string, ReadAheadBudget, CancellationToken)"/>):
    /// never throws for a bad file, and null for a document too long to hold, or past what its window's
    /// <paramref name="budget"/> has left, which <see cref="Check"/> then reads again.
    /// </summary>
    public DocumentReadResult? Read(ReadAheadBudget budget, CancellationToken cancellationToken) =>
        context.Checker.ReadAhead(fullPath, displayPath, budget, cancellationToken);

    /// <summary>
    /// Checks the file again, from <paramref name="read"/> when it was read ahead, and gives what the state is to keep;
    /// null when the file went while it was checked.
    /// </summary>
    public FileOutcome? Check(HashedFile hashed, DocumentReadResult? read, CancellationToken cancellationToken)
    {
        var result = CheckOrFail(read, cancellationToken);
        if (UntrustedFile.Identify(fullPath) is null)
        {
            return null;
        }

        var excerpts = result.Diagnostics.Select((_, i) => result.ExcerptOf(i)).ToList();
        var dateDependent = result.PublishOnOrigin == PublicationDateOrigin.Assumed;
        var json = DiagnosticCodec.Encode(result, result.Diagnostics.Select((d, i) => (d, excerpts[i])));
        var release = ReleaseRecord.Of(result, context.Checker.ConfigurationFor(fullPath).Roster);
        var stored = new StoredFile(hashed.Size, hashed.ModifiedTicks, hashed.Sha256, hashed.Fingerprint, context.Today, dateDependent, json, hashed.HashedTicks);
        return FileOutcome.Create(relativePath, result, excerpts, analysed: true, stored) with { Release = release };
    }

    /// <summary>
    /// Checks the file. Whatever checking it throws, short of a stopped scan or an invalid configuration, is this
    /// file's PC0001, so one crafted or unlucky release cannot end a scan of thousands.
    /// </summary>
    private FileResult CheckOrFail(DocumentReadResult? read, CancellationToken cancellationToken)
    {
        try
        {
            return read is null
                ? context.Checker.CheckFile(fullPath, displayPath, cancellationToken)
                : context.Checker.Check(read, fullPath, displayPath, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not ConfigurationException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var failure = DocumentReadResult.Failure(displayPath, $"checking it failed unexpectedly ({ex.Message.TrimEnd('.')})");
            return new FileResult(displayPath, null, null, failure.Diagnostics);
        }
    }
}

/// <summary>A file as a scan found it: what decides whether its stored findings still hold.</summary>
/// <param name="Size">Its length in bytes, or -1 when it could not be read.</param>
/// <param name="ModifiedTicks">Its last write time (UTC ticks), or -1.</param>
/// <param name="HashedTicks">When its content was hashed (UTC ticks), or 0.</param>
/// <param name="Sha256">Its content's SHA-256, or "unreadable".</param>
/// <param name="Fingerprint">The fingerprint of everything else that decides its findings (configuration, rules, models).</param>
internal sealed record HashedFile(long Size, long ModifiedTicks, long HashedTicks, string Sha256, string Fingerprint);
