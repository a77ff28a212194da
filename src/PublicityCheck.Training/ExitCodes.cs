namespace PublicityCheck.Training;

/// <summary>What the training program's exit code means (the same codes as the <c>publicitycheck</c> command).</summary>
internal static class ExitCodes
{
    /// <summary>The model and its card were written (or help was asked for).</summary>
    public const int Success = 0;

    /// <summary>Training could not run: bad arguments, no corpus, or a malformed corpus line.</summary>
    public const int CouldNotRun = 2;
}
