using System.Diagnostics;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>Debian's headless Chromium, run once per call with a fresh profile; CI installs it (see .ci/run).</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>The DOM after scripts ran.</summary>
    public static string DumpDom(string htmlFile) => Run(htmlFile, "--dump-dom");

    /// <summary>Saves a PNG of the page.</summary>
    public static void Screenshot(string htmlFile, string png) => Run(htmlFile, $"--screenshot={png}", "--window-size=1280,2000");

    private static string Run(string htmlFile, params string[] extra)
    {
        if (!File.Exists(Path))
        {
            Assert.Fail($"{Path} is missing: install it with 'apt-get install -y chromium' (.ci/run does this before the tests)");
        }

        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "publicitycheck-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
