using NodaTime;
using NodaTime.Text;
using PublicityCheck.Configuration;
using PublicityCheck.IO;

namespace PublicityCheck.Cli;

/// <summary>Reads option values that every verb writes the same way.</summary>
internal static class OptionValues
{
    /// <summary>Reads a date given as YYYY-MM-DD, or null when the option was not given.</summary>
    /// <exception cref="UsageException">The text is not such a date.</exception>
    public static LocalDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"{option} '{text}' is not a date in the form YYYY-MM-DD");
    }

    /// <summary>
    /// The full path of a configuration file given with --config, or null. It must be a regular file (a symbolic
    /// link is followed only to one) of at most <see cref="ConfigurationLimits.MaxConfigurationBytes"/>, the limit the configuration reader keeps: a FIFO would block its reading
    /// forever and <c>/dev/zero</c> would never end, so they are refused here, before anything reads them.
    /// </summary>
    /// <exception cref="UsageException">The file does not exist, is not a regular file, or is too large.</exception>
    public static string? ConfigurationFile(string? path, CliConsole console)
    {
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path, console.WorkingDirectory);
        try
        {
            using var probe = UntrustedFile.OpenRead(full, ConfigurationLimits.MaxConfigurationBytes);
            return full;
        }
        catch (UntrustedFileException ex)
        {
            throw new UsageException(UntrustedFile.Identify(full) is null
                ? $"the configuration file {path} does not exist"
                : $"the configuration file {path} cannot be used: {ex.Message}");
        }
    }
}
