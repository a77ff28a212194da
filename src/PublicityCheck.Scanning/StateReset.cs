namespace PublicityCheck.Scanning;

/// <summary>An unusable state file that was moved aside, kept for inspection, so that the scan could start afresh.</summary>
/// <param name="StatePath">The state file.</param>
/// <param name="Problem">What was wrong with it.</param>
/// <param name="MovedTo">Where it is now (its <c>-wal</c> and <c>-shm</c>, if any, beside it with the same name).</param>
public sealed record StateReset(string StatePath, ScanStateProblem Problem, string MovedTo);
