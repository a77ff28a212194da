namespace PublicityCheck.Tests.Support;

/// <summary>
/// A program a test runs that the .NET SDK does not bring: where it is, and how to install it.
/// </summary>
/// <param name="Name">What a reader calls it.</param>
/// <param name="Path">The executable found on the PATH, or null.</param>
/// <param name="Install">How to install it on Debian.</param>
public sealed record ExternalTool(string Name, string? Path, string Install)
{
    /// <summary>Whether it was found.</summary>
    public bool IsInstalled => Path is not null;

    /// <summary>The reason a test that needs it is skipped.</summary>
    public string SkipReason =>
        $"{Name} is not installed: install it with '{Install}' to run this test " +
        $"(set {ExternalTools.RequireVariable}=1 to make its absence a failure instead).";

    /// <summary>The executable; fails the test, saying what to install, when it is missing.</summary>
    public string Executable
    {
        get
        {
            if (Path is null)
            {
                Assert.Fail($"{Name} is missing and {ExternalTools.RequireVariable} asks for every test to run: install it with '{Install}'.");
            }

            return Path;
        }
    }
}

/// <summary>
/// The programs some tests need besides the .NET SDK. Where one is missing its tests are skipped, each saying
/// which program and how to install it, so <c>dotnet test</c> passes on a machine with only the SDK. Where
/// <see cref="RequireVariable"/> is <c>1</c> (CI sets it) they run anyway and fail, so no test is quietly left out.
/// </summary>
public static class ExternalTools
{
    /// <summary>The environment variable that turns a missing program into a failure.</summary>
    public const string RequireVariable = "PUBLICITYCHECK_REQUIRE_TOOLS";

    /// <summary>Headless Chromium, for the HTML report's tests.</summary>
    public static ExternalTool Chromium { get; } = Find("Chromium", "apt-get install chromium", "chromium", "chromium-browser");

    /// <summary>LibreOffice, which converts an annotated Word file to PDF as a reader of it would open it.</summary>
    public static ExternalTool LibreOffice { get; } = Find("LibreOffice", "apt-get install libreoffice-writer", "libreoffice", "soffice");

    /// <summary>systemd's unit checker, for the scheduling guide's units.</summary>
    public static ExternalTool SystemdAnalyze { get; } = Find("systemd-analyze", "apt-get install systemd", "systemd-analyze");

    /// <summary>npm, which installs Microsoft's SARIF Multitool for the SARIF validation tests.</summary>
    public static ExternalTool Npm { get; } = Find("npm", "apt-get install npm", "npm");

    /// <summary>Whether the environment asks for every test to run, failing where a program is missing.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>The first of <paramref name="names"/> found in a folder of the PATH.</summary>
    public static string? FindOnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => System.IO.Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    private static ExternalTool Find(string name, string install, params string[] executables) =>
        new(name, FindOnPath(executables), install);
}

/// <summary>A test that needs an external program: skipped, saying why, where it is missing, unless required.</summary>
public abstract class ExternalToolFactAttribute : FactAttribute
{
    protected ExternalToolFactAttribute(ExternalTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        if (!tool.IsInstalled && !ExternalTools.Required)
        {
            Skip = tool.SkipReason;
        }
    }
}

/// <summary>A test that opens a page in headless Chromium.</summary>
public sealed class ChromiumFactAttribute() : ExternalToolFactAttribute(ExternalTools.Chromium);

/// <summary>A test that converts a document with LibreOffice.</summary>
public sealed class LibreOfficeFactAttribute() : ExternalToolFactAttribute(ExternalTools.LibreOffice);

/// <summary>A test that verifies systemd units with <c>systemd-analyze verify</c>.</summary>
public sealed class SystemdAnalyzeFactAttribute() : ExternalToolFactAttribute(ExternalTools.SystemdAnalyze);

/// <summary>A test that validates a SARIF log with Microsoft's SARIF Multitool, installed with npm.</summary>
public sealed class SarifMultitoolFactAttribute() : ExternalToolFactAttribute(ExternalTools.Npm);
