using PublicityCheck.Diagnostics;

namespace PublicityCheck.Tests.Diagnostics;

/// <summary>The start-up trace: one line a phase, the first time it is reached, with times that only grow.</summary>
public sealed class StartupTraceTest
{
    [Fact]
    public void Recorder_WritesAHeaderThenOneLineForEachPhase()
    {
        var output = new StringWriter();
        var recorder = new StartupTrace.Recorder(output);

        recorder.Mark("configuration");
        recorder.Mark("reading the release");

        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("startup phase", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("startup configuration ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("startup reading the release ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Recorder_WritesAPhaseReachedAgainOnlyOnce()
    {
        var output = new StringWriter();
        var recorder = new StartupTrace.Recorder(output);

        recorder.Mark("analysis");
        recorder.Mark("analysis");
        recorder.Mark("analysis");

        Assert.Single(Lines(output), l => l.StartsWith("startup analysis ", StringComparison.Ordinal));
    }

    [Fact]
    public void Recorder_GivesWallAndCpuTimesSinceTheProcessStartedThatNeverFall()
    {
        var output = new StringWriter();
        var recorder = new StartupTrace.Recorder(output);

        recorder.Mark("first");
        Thread.Sleep(20);
        recorder.Mark("second");

        var first = Columns(Lines(output)[1]);
        var second = Columns(Lines(output)[2]);
        Assert.True(first.Wall > 0, $"the wall time since the process started is {first.Wall} ms");
        Assert.True(second.Wall >= first.Wall + 20, $"{second.Wall} ms is not 20 ms after {first.Wall} ms");
        Assert.True(second.Cpu >= first.Cpu, $"CPU time fell from {first.Cpu} to {second.Cpu} ms");
        Assert.True(second.Jitted >= first.Jitted, $"the methods compiled fell from {first.Jitted} to {second.Jitted}");
    }

    [Fact]
    public void Mark_WithoutTheVariable_IsOff()
    {
        // The test host does not set the variable, so the process-wide trace is off and a mark writes nothing.
        Assert.Null(Environment.GetEnvironmentVariable(StartupTrace.Variable));
        Assert.False(StartupTrace.IsOn);
    }

    private static string[] Lines(StringWriter output) => output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    // "startup NAME  wall +wall cpu +cpu jitted +jitted jit-ms assemblies": the numbers are the last eight columns.
    private static (double Wall, double Cpu, long Jitted) Columns(string line)
    {
        var numbers = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^8..];
        return (double.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(numbers[2], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(numbers[4], System.Globalization.CultureInfo.InvariantCulture));
    }
}
