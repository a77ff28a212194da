namespace PublicityCheck.Scanning;

/// <summary>Another scan is using the same state file and did not finish within the wait.</summary>
public sealed class ScanInProgressException : Exception
{
    /// <summary>Creates the exception for the state file at <paramref name="statePath"/>.</summary>
    public ScanInProgressException(string statePath, Exception? inner = null)
        : base($"another scan is running with the state file {statePath}; try again when it has finished", inner)
    {
        StatePath = statePath;
    }

    /// <summary>The state file.</summary>
    public string StatePath { get; } = string.Empty;
}
