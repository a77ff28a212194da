namespace PublicityCheck.Server.Api;

/// <summary>
/// Bounds how many checks run at once; a request waits for a slot within its own time limit. A check whose request
/// has stopped waiting (the limit passed) keeps its slot until the work really ends, so requests that time out
/// cannot heap up work the server no longer answers for: at most this many checks ever run.
/// </summary>
internal sealed class CheckSlots(int count) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, count), Math.Max(1, count));

    /// <summary>
    /// Runs <paramref name="check"/> in a slot, on a thread of its own, and stops waiting when
    /// <paramref name="cancellationToken"/> fires (the request's time limit, or the client gone): the caller then sees
    /// <see cref="OperationCanceledException"/> at once, and the work, given the same token, stops when it next looks.
    /// </summary>
    /// <remarks>
    /// Not on the thread pool: a check is seconds of computing at most, and one that does not look at its token (a
    /// reader deep in a document, a council's analyzer) may hold its thread long after its request was answered. On the
    /// pool, a few such checks hold the threads the server needs to answer the timed-out request itself, its other
    /// requests and its health checks, and the pool adds threads only slowly (on a busy 2-core machine a 503 due after
    /// 1 s once came after 5). The slots bound how many of these threads exist at once.
    /// </remarks>
    public async Task<CheckResponse> RunAsync(Func<CheckResponse> check, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var work = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return check();
                }
                finally
                {
                    Release();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);
        var response = await work.WaitAsync(cancellationToken).ConfigureAwait(false);
        // A check that finished after the limit passed (a reader that did not look at the token) is still too late.
        cancellationToken.ThrowIfCancellationRequested();
        return response;
    }

    public void Dispose() => _slots.Dispose();

    private void Release()
    {
        try
        {
            _slots.Release();
        }
        catch (ObjectDisposedException)
        {
            // The server stopped while a check it had stopped waiting for was still running.
        }
    }
}
