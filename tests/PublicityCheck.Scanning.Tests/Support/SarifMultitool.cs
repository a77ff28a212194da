using System.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>
/// Microsoft's SARIF Multitool (npm <c>@microsoft/sarif-multitool</c>, the version .ci/run uses), installed once with
/// npm into a folder of the system's temporary directory and reused by later runs.
/// </summary>
public static class SarifMultitool
{
    public const string Version = "5.7.0";

    private static readonly Lazy<string> Folder = new(Install);

    /// <summary>Runs <c>sarif-multitool validate</c> on <paramref name="sarifFile"/>: its exit code and what it printed.</summary>
    public static (int ExitCode, string Output) Validate(string sarifFile)
    {
        var report = Path.ChangeExtension(sarifFile, ".validation.sarif");
        return Run(Path.Combine(Folder.Value, "node_modules", ".bin", "sarif-multitool"), Folder.Value, "validate", sarifFile, "--output", report);
    }

    private static string Install()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"publicitycheck-sarif-multitool-{Version}");
        var executable = Path.Combine(folder, "node_modules", ".bin", "sarif-multitool");
        if (!File.Exists(executable))
        {
            Directory.CreateDirectory(folder);
            var (exitCode, output) = Run(ExternalTools.Npm.Executable, folder, "install", "--no-audit", "--no-fund", "--silent", $"@microsoft/sarif-multitool@{Version}");
            Assert.True(exitCode == 0, $"npm could not install @microsoft/sarif-multitool@{Version}: {output}");
        }

        // The package's native executable is not always marked executable when npm unpacks it.
        var native = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (OperatingSystem.IsLinux() && File.Exists(native))
        {
            File.SetUnixFileMode(native, File.GetUnixFileMode(native) | UnixFileMode.UserExecute);
        }

        return folder;
    }

    private static (int ExitCode, string Output) Run(string executable, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(executable)} did not finish within five minutes");
        }

        return (process.ExitCode, output + error.Result);
    }
}
