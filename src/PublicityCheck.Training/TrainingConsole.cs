namespace PublicityCheck.Training;

/// <summary>Where a training run writes; tests give it string writers.</summary>
/// <param name="Out">Standard output: the metrics and the files written.</param>
/// <param name="Error">Standard error: problems and help.</param>
/// <param name="WorkingDirectory">The folder relative paths are against.</param>
internal sealed record TrainingConsole(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The process's own console.</summary>
    public static TrainingConsole System => new(Console.Out, Console.Error, Environment.CurrentDirectory);
}
