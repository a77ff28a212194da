namespace PublicityCheck.Analysis;

/// <summary>
/// Runs a council analyzer's code on a thread of its own and waits for it no longer than a time limit. .NET cannot
/// stop a thread, so code that runs past the limit is abandoned: its cancellation token fires, nothing it reports
/// afterwards is used, and the background thread is left to end (or not) without keeping the process alive.
/// </summary>
internal static class LimitedRun
{
    public enum Outcome
    {
        Completed,
        Threw,
        TimedOut,
    }

    /// <summary>Runs <paramref name="action"/>, giving it a token that fires at <paramref name="limit"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired first; the action is abandoned.</exception>
    public static (Outcome Outcome, Exception? Error) Run(Action<CancellationToken> action, TimeSpan limit, string threadName, CancellationToken cancellationToken)
    {
        var limitSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var done = new ManualResetEventSlim();
        Exception? error = null;
        var token = limitSource.Token;
        var thread = new Thread(() =>
        {
            try
            {
                action(token);
            }
#pragma warning disable CA1031 // Whatever a council analyzer throws is reported as PC0005, never allowed to end the process.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                error = ex;
            }
            finally
            {
                done.Set();
            }
        })
        {
            IsBackground = true,
            Name = threadName,
        };
        thread.Start();

        bool finished;
        try
        {
            finished = done.Wait(limit, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host gave up: the analyzer's token fires too, and its thread is abandoned.
            limitSource.Cancel();
            throw;
        }

        if (!finished)
        {
            // The event and the token source stay undisposed: the abandoned thread may still use them.
            limitSource.Cancel();
            return (Outcome.TimedOut, null);
        }

        done.Dispose();
        limitSource.Dispose();
        return error is null ? (Outcome.Completed, null) : (Outcome.Threw, error);
    }

    /// <summary>A time limit in words: "10 s", "250 ms".</summary>
    public static string Describe(TimeSpan limit) =>
        limit.TotalSeconds >= 1 && limit.Milliseconds == 0 ? $"{(long)limit.TotalSeconds} s" : $"{(long)limit.TotalMilliseconds} ms";
}
