namespace PublicityCheck.Scanning.State;

/// <summary>A finding to record as open in a run: its identity and what to show if it is later resolved.</summary>
internal sealed record TrackedFinding(string Identity, string RuleId, string Severity, string? Text, string Message);
