using System.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>
/// Headless Chromium, run once per call with a fresh profile; CI installs it (see .ci/run). Tests that call it are
/// <see cref="ChromiumFactAttribute"/>s, skipped where it is not installed.
/// </summary>
public static class Chromium
{

    /// <summary>The DOM after scripts ran.</summary>
    public static string DumpDom(string htmlFile) => Run(htmlFile, "--dump-dom");

    /// <summary>Saves a PNG of the page.</summary>
    public static void Screenshot(string htmlFile, string png) => Run(htmlFile, $"--screenshot={png}", "--window-size=1280,2000");

    private static string Run(string htmlFile, params string[] extra)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "publicitycheck-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(ExternalTools.Chromium.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}" }.Concat(extra))
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add(new Uri(htmlFile).AbsoluteUri);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within two minutes");
            }

            _ = error.Result;
            return output;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
