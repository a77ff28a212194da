using NodaTime;
using NodaTime.Text;

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

    /// <summary>The full path of a configuration file given with --config, or null; it must exist.</summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    public static string? ConfigurationFile(string? path, CliConsole console)
    {
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path, console.WorkingDirectory);
        return File.Exists(full) ? full : throw new UsageException($"the configuration file {path} does not exist");
    }
}
