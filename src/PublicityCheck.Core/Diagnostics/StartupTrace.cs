using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace PublicityCheck.Diagnostics;

/// <summary>
/// Where a cold start's time goes, for measuring it: with <c>PUBLICITYCHECK_TRACE_STARTUP=1</c> in the environment,
/// each phase of a run prints one line to standard error the first time it is reached, with the wall and CPU time
/// since the process started, the methods the JIT has compiled so far (what ReadyToRun did not precompile) and the
/// assemblies loaded (with <c>PUBLICITYCHECK_TRACE_STARTUP=assemblies</c>, each assembly's name too, as it loads).
/// Without the variable every mark is one read of a field.
/// </summary>
/// <remarks>
/// Phases named "(load) …" are marked by the threads that load the classifier beside the check, so their lines
/// interleave with the check's own; read each line's wall time since the start, not its difference from the line above.
/// Only a phase's first mark prints, so a folder's thousand releases give the same few lines as one release. The
/// process's start is taken from the operating system, so the host's own start-up is counted in the first line.
/// </remarks>
internal static class StartupTrace
{
    /// <summary>The environment variable that turns the trace on.</summary>
    public const string Variable = "PUBLICITYCHECK_TRACE_STARTUP";

    private static readonly Recorder? Active = Environment.GetEnvironmentVariable(Variable) switch
    {
        "1" => new Recorder(Console.Error),
        "assemblies" => new Recorder(Console.Error).ListingAssemblyLoads(),
        _ => null,
    };

    /// <summary>Whether the trace is on in this process.</summary>
    public static bool IsOn => Active is not null;

    /// <summary>Records that <paramref name="phase"/> has ended, if the trace is on and the phase has not ended before.</summary>
    public static void Mark(string phase) => Active?.Mark(phase);

    /// <summary>One process's marks, and where they are written.</summary>
    internal sealed class Recorder
    {
        private readonly Lock _gate = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly TextWriter _output;
        private readonly DateTime _started;
        private (double Wall, double Cpu, long Jitted) _last;

        public Recorder(TextWriter output)
        {
            _output = output;
            using var process = Process.GetCurrentProcess();
            _started = process.StartTime.ToUniversalTime();
            _output.WriteLine("startup phase                              wall ms   +wall    CPU ms    +CPU   JIT'd  +JIT'd  JIT ms  assemblies");
        }

        /// <summary>Also writes the name of each assembly as it loads, so that a phase's new assemblies can be told apart.</summary>
        public Recorder ListingAssemblyLoads()
        {
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) => _output.WriteLine("  loads " + e.LoadedAssembly.GetName().Name);
            return this;
        }

        public void Mark(string phase)
        {
            var wall = (DateTime.UtcNow - _started).TotalMilliseconds;
            var cpu = Environment.CpuUsage.TotalTime.TotalMilliseconds;
            var jitted = JitInfo.GetCompiledMethodCount();
            var jitTime = JitInfo.GetCompilationTime().TotalMilliseconds;
            var assemblies = AppDomain.CurrentDomain.GetAssemblies().Length;
            lock (_gate)
            {
                if (!_seen.Add(phase))
                {
                    return;
                }

                _output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"startup {phase,-32} {wall,8:F0} {wall - _last.Wall,7:F0} {cpu,9:F0} {cpu - _last.Cpu,7:F0} {jitted,7} {jitted - _last.Jitted,7} {jitTime,7:F0} {assemblies,11}"));
                _last = (wall, cpu, jitted);
            }
        }
    }
}
