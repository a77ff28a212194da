using System.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Scheduling;

/// <summary>The systemd units of docs/scheduling, as <c>systemd-analyze verify</c> and the guide see them.</summary>
public sealed class SystemdUnitsTest : IDisposable
{
    private static readonly string[] Units = ["publicitycheck-scan.service", "publicitycheck-scan.timer", "publicitycheck-alert@.service"];

    private readonly TemporaryFolder _folder = new();

    [SystemdAnalyzeFact]
    public void Verify_TheGuidesUnits_ReportsNothing()
    {
        var (exitCode, output) = Verify(Units.ToDictionary(u => u, u => File.ReadAllText(Path.Combine(SchedulingFiles.Folder, u))));

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
    }

    [SystemdAnalyzeFact]
    public void Verify_OnFailureUnderService_IsReportedAsAnUnknownKey()
    {
        var service = File.ReadAllText(Path.Combine(SchedulingFiles.Folder, "publicitycheck-scan.service"));
        var misplaced = service.Replace("OnFailure=publicitycheck-alert@%n.service\n", string.Empty, StringComparison.Ordinal)
            .Replace("[Service]\n", "[Service]\nOnFailure=publicitycheck-alert@%n.service\n", StringComparison.Ordinal);

        var (_, output) = Verify(new() { ["publicitycheck-scan.service"] = misplaced });

        Assert.Contains("Unknown key 'OnFailure' in section [Service]", output, StringComparison.Ordinal);
    }

    [SystemdAnalyzeFact]
    public void Timer_Elapses_At0730And1230OnWeekdaysOnly()
    {
        var timer = File.ReadAllLines(Path.Combine(SchedulingFiles.Folder, "publicitycheck-scan.timer"));
        var calendar = Assert.Single(timer, l => l.StartsWith("OnCalendar=", StringComparison.Ordinal))["OnCalendar=".Length..];

        // Four elapses from Friday 5 June 2026 at 08:00: Friday lunchtime, then Monday morning and lunchtime, Tuesday morning.
        var (exitCode, output) = Run("calendar", "--iterations=4", "--base-time=2026-06-05 08:00:00 UTC", calendar);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            ["Fri 2026-06-05 12:30:00 UTC", "Mon 2026-06-08 07:30:00 UTC", "Mon 2026-06-08 12:30:00 UTC", "Tue 2026-06-09 07:30:00 UTC"],
            output.Split('\n').Where(l => l.Contains("Next elapse:", StringComparison.Ordinal) || l.Contains("Iter. #", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()));
    }

    [Theory]
    [InlineData("publicitycheck-scan.service")]
    [InlineData("publicitycheck-scan.timer")]
    [InlineData("publicitycheck-alert@.service")]
    [InlineData("publicitycheck-scan.cron")]
    [InlineData("scan-cron.sh")]
    public void Guide_ShowsTheFile_AsItIs(string file)
    {
        var guide = File.ReadAllText(SchedulingFiles.Guide);

        Assert.Contains(File.ReadAllText(Path.Combine(SchedulingFiles.Folder, file)), guide, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// Verifies the units from a folder of their own, the scan's command swapped for one that exists here
    /// (verify checks that each ExecStart program is executable, and this machine has no installed publicitycheck).
    /// </summary>
    private (int ExitCode, string Output) Verify(Dictionary<string, string> units)
    {
        var stub = Path.Combine(_folder.Path, "publicitycheck");
        File.WriteAllText(stub, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        foreach (var (name, text) in units)
        {
            File.WriteAllText(Path.Combine(_folder.Path, name), text.Replace("/usr/local/bin/publicitycheck", stub, StringComparison.Ordinal));
        }

        return Run(["verify", "--man=no", .. units.Keys.Select(name => Path.Combine(_folder.Path, name))]);
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(ExternalTools.SystemdAnalyze.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["TZ"] = "UTC";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "systemd-analyze did not finish within a minute");
        return (process.ExitCode, output + error.Result);
    }
}
