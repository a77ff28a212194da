namespace PublicityCheck.Cli;

/// <summary>Where a command writes and what it knows of its terminal; tests give it string writers.</summary>
/// <param name="Out">Standard output: the report.</param>
/// <param name="Error">Standard error: problems and help.</param>
/// <param name="IsTerminal">Whether standard output is a terminal (colour is used only then).</param>
/// <param name="WorkingDirectory">The folder relative paths are against.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, string WorkingDirectory)
{
    /// <summary>Standard input (<c>classify</c> reads sentences from it); empty unless set.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Standard input as bytes (<c>check -</c> reads a release, Word or Markdown, from it); empty unless set.</summary>
    public Stream InputStream { get; init; } = Stream.Null;

    /// <summary>Whether long commands draw a progress bar on <see cref="Error"/>: only on a terminal, and never under CI.</summary>
    public bool ShowProgress { get; init; }

    /// <summary>The process's own console.</summary>
    public static CliConsole System => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("CI") is null,
        Environment.CurrentDirectory)
    {
        In = Console.In,
        InputStream = Console.OpenStandardInput(),
        ShowProgress = ProgressBar.Wanted,
    };
}
