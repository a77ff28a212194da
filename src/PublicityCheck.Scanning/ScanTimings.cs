using System.Diagnostics;
using System.Globalization;

namespace PublicityCheck.Scanning;

/// <summary>
/// A stopwatch log of a scan's phases, for finding where the time goes: set <c>PUBLICITYCHECK_SCAN_TIMINGS=1</c>
/// and each phase is written to standard error with the milliseconds since the process started and since the
/// previous mark. Off, it costs one environment read per process.
/// </summary>
public static class ScanTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("PUBLICITYCHECK_SCAN_TIMINGS") is "1" or "true";
    private static readonly Lock Gate = new();
    private static double _last;

    /// <summary>Writes <paramref name="phase"/> with the time it took since the previous mark.</summary>
    /// <param name="phase">What has just finished.</param>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        lock (Gate)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {now,7:0} ms  +{now - _last,6:0} ms  {phase}"));
            _last = now;
        }
    }

    /// <summary>Writes the assemblies loaded so far, to see what a scan pulled in that it did not need.</summary>
    public static void Assemblies()
    {
        if (Enabled)
        {
            var names = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal);
            Console.Error.WriteLine("timing: assemblies loaded: " + string.Join(", ", names));
        }
    }
}
