namespace PublicityCheck.Scanning;

/// <summary>Whether a finding is new since the last completed scan, or was already reported and is as it was, or has changed.</summary>
public enum FindingStatus
{
    /// <summary>Not open at the end of the last completed scan.</summary>
    New,

    /// <summary>Open at the end of the last completed scan and still there, as it was.</summary>
    StillOpen,

    /// <summary>Open at the end of the last completed scan and still there, but its message or severity has changed.</summary>
    Updated,
}
