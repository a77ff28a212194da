using System.Diagnostics;
using System.Globalization;

namespace PublicityCheck.Cli;

/// <summary>
/// A one-line progress bar on standard error: files done, files per second and time left, redrawn at most ten
/// times a second. Used only on a terminal and when <c>CI</c> is not set.
/// </summary>
internal sealed class ProgressBar(TextWriter error)
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _lastDrawn = -1000;

    /// <summary>Whether a bar belongs on this process's standard error.</summary>
    public static bool Wanted => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public void Report(int done, int total)
    {
        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (done < total && now - _lastDrawn < 100)
            {
                return;
            }

            _lastDrawn = now;
            var seconds = Math.Max(0.001, now / 1000.0);
            var rate = done / seconds;
            var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
            var filled = total == 0 ? Width : done * Width / total;
            error.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} files  {rate:0.0} files/s  {left:m\\:ss} left "));
            if (done == total)
            {
                error.Write("\r" + new string(' ', Width + 60) + "\r");
            }

            error.Flush();
        }
    }
}
