namespace PublicityCheck.Scanning.Tests.Hostile;

/// <summary>
/// Runs a command that might hang (a FIFO, /dev/zero) on a thread of its own and fails the test if it has not
/// finished within the bound, rather than hanging the test run with it.
/// </summary>
internal static class Bounded
{
    public static T Run<T>(Func<T> run, int seconds = 30)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = run();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        })
        { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(seconds)), $"the command did not finish within {seconds} s");
        if (failure is not null)
        {
            throw new InvalidOperationException("the command threw instead of reporting", failure);
        }

        return result!;
    }

    /// <summary>Makes a FIFO at <paramref name="path"/> with mkfifo(1).</summary>
    public static void MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
