namespace PublicityCheck.Cli;

/// <summary>What the command's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and found no error-severity finding.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found at least one error-severity finding.</summary>
    public const int ErrorsFound = 1;

    /// <summary>The command could not run: bad arguments, an invalid configuration, or no such path.</summary>
    public const int CouldNotRun = 2;
}
