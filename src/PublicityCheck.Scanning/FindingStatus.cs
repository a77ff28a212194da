namespace PublicityCheck.Scanning;

/// <summary>Whether a finding is new since the last completed scan or was already reported.</summary>
public enum FindingStatus
{
    /// <summary>Not open at the end of the last completed scan.</summary>
    New,

    /// <summary>Open at the end of the last completed scan and still there.</summary>
    StillOpen,
}
