using System.Globalization;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>
/// <c>generate FOLDER N [--format md|docx|both|mixed] [--seed S]</c>: writes N releases and the configuration that
/// describes their council, and says what was written.
/// </summary>
public static class GenerateCommand
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: generate FOLDER N [--format md|docx|both|mixed] [--seed S]";

    /// <summary>Runs it; <paramref name="args"/> are those after <c>generate</c>. Returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var format = ReleaseFileFormat.Markdown;
        var seed = ReleaseGenerator.DefaultSeed;
        for (var i = 2; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--format" when value is "md" or "docx" or "both" or "mixed":
                    format = value switch
                    {
                        "md" => ReleaseFileFormat.Markdown,
                        "docx" => ReleaseFileFormat.Word,
                        "both" => ReleaseFileFormat.Both,
                        _ => ReleaseFileFormat.Mixed,
                    };
                    i++;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                default:
                    error.WriteLine($"'{args[i]}' {(value is null ? "" : $"'{value}' ")}is not understood; {Usage}");
                    return 2;
            }
        }

        var summary = new ReleaseGenerator(seed).Write(args[0], count, format);
        output.WriteLine(summary);
        return 0;
    }
}
