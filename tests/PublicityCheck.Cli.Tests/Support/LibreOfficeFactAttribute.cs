namespace PublicityCheck.Tests.Support;

/// <summary>
/// A test that needs LibreOffice (<c>libreoffice</c> or <c>soffice</c> on the PATH); skipped, saying so, where it
/// is not installed. CI does not install it: it is several hundred megabytes.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "LibreOffice is not installed (no libreoffice or soffice on the PATH): install it to run this conversion test.";
        }
    }

    /// <summary>The LibreOffice executable, or null.</summary>
    public static string? Executable { get; } = Find();

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { Path.Combine(folder, "libreoffice"), Path.Combine(folder, "soffice") })
            .FirstOrDefault(File.Exists);
}
