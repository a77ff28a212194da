namespace PublicityCheck.Scanning.State;

/// <summary>
/// A finding to record as open in a run: its identity, and what to show and fingerprint if it is later resolved
/// (<paramref name="Occurrence"/> is which occurrence of its words under its rule it is in the file).
/// </summary>
internal sealed record TrackedFinding(string Identity, string RuleId, string Severity, string? Text, string Message, int Occurrence);
