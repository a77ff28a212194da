namespace PublicityCheck.Scanning.State;

/// <summary>
/// Keeps two scans from sharing a state file: an exclusive lock on <c>scan.db.lock</c> beside it, taken with
/// <see cref="FileShare.None"/> (on Linux and macOS an advisory <c>flock</c>). The operating system releases it
/// when the process ends, however it ends, so a scan killed with <c>kill -9</c> leaves no stale lock.
/// </summary>
internal sealed class ScanLock : IDisposable
{
    private readonly FileStream _stream;

    private ScanLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock for <paramref name="statePath"/>, waiting up to <paramref name="timeout"/> for another scan.</summary>
    /// <exception cref="ScanInProgressException">Another scan still holds it.</exception>
    public static ScanLock Acquire(string statePath, TimeSpan timeout)
    {
        var path = statePath + ".lock";
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new ScanLock(stream);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException ex)
            {
                throw new ScanInProgressException(statePath, ex);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}
