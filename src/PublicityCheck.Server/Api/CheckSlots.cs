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
    /// Runs <paramref name="check"/> in a slot, off the request's thread, and stops waiting when
    /// <paramref name="cancellationToken"/> fires (the request's time limit, or the client gone): the caller then sees
    /// <see cref="OperationCanceledException"/> at once, and the work, given the same token, stops when it next looks.
    /// </summary>
    public async Task<CheckResponse> RunAsync(Func<CheckResponse> check, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var work = Task.Run(
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
            CancellationToken.None);
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
