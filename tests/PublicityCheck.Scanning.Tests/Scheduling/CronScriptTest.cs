using System.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Scheduling;

/// <summary>
/// docs/scheduling/scan-cron.sh and its crontab line, run against a stub <c>publicitycheck</c> that exits as told and
/// a stub <c>mail</c> that records what it would send.
/// </summary>
public sealed class CronScriptTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Script_ScanExits0_SendsNoMail()
    {
        var run = RunScript(scanExitCode: 0);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(MailFile), "mail was sent for a scan that found nothing new");
    }

    [Fact]
    public void Script_ScanExits1_MailsTheNewFindingsWithTheScansOutput()
    {
        var run = RunScript(scanExitCode: 1);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["-s", "New publicity findings", "press-office@example.gov.uk", "--", "press/depot.md(3,12): warning PC0401: 'Part II report' refers to business taken in private"],
            File.ReadAllLines(MailFile));
    }

    [Fact]
    public void Script_ScanExits2_MailsThatTheScanCouldNotRun()
    {
        var run = RunScript(scanExitCode: 2);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("PublicityCheck scan could not run (exit 2)", File.ReadAllLines(MailFile)[1]);
    }

    [Fact]
    public void Script_RunsTheScanWithFailOnNew()
    {
        RunScript(scanExitCode: 0);

        Assert.Equal(
            ["scan", Path.Combine(_folder.Path, "press"), "--fail-on", "new", "--report", Path.Combine(_folder.Path, "reports", "latest.html"), "CI=true"],
            File.ReadAllLines(Path.Combine(_folder.Path, "scan-arguments")));
    }

    [Fact]
    public void Crontab_RunsTheScriptAt0730And1230OnWeekdays()
    {
        var entries = File.ReadAllLines(Path.Combine(SchedulingFiles.Folder, "publicitycheck-scan.cron"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        var entry = Assert.Single(entries);
        Assert.Equal(["30", "7,12", "*", "*", "1-5", "press-scan", "/usr/local/lib/publicitycheck/scan-cron.sh"], entry);
    }

    public void Dispose() => _folder.Dispose();

    private string MailFile => Path.Combine(_folder.Path, "mail-sent");

    private CliRun RunScript(int scanExitCode)
    {
        var bin = Path.Combine(_folder.Path, "bin");
        Directory.CreateDirectory(bin);
        WriteExecutable(Path.Combine(bin, "publicitycheck"), $"""
            #!/bin/sh
            printf '%s\n' "$@" "CI=$CI" >"{_folder.Path}/scan-arguments"
            echo "press/depot.md(3,12): warning PC0401: 'Part II report' refers to business taken in private"
            exit {scanExitCode}
            """);
        WriteExecutable(Path.Combine(bin, "mail"), $$"""
            #!/bin/sh
            { printf '%s\n' "$@" --; cat; } >"{{MailFile}}"
            """);

        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(SchedulingFiles.Folder, "scan-cron.sh"));
        start.Environment["PATH"] = bin + Path.PathSeparator + "/usr/bin:/bin";
        start.Environment["PRESS_FOLDER"] = Path.Combine(_folder.Path, "press");
        start.Environment["REPORT_FOLDER"] = Path.Combine(_folder.Path, "reports");
        start.Environment["LOG"] = Path.Combine(_folder.Path, "scan.log");
        start.Environment.Remove("CI");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "scan-cron.sh did not finish within a minute");
        return new CliRun(process.ExitCode, output, error.Result);
    }

    private static void WriteExecutable(string path, string text)
    {
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
