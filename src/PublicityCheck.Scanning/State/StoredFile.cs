namespace PublicityCheck.Scanning.State;

/// <summary>What the state file knows of a file from the last time it was checked.</summary>
internal sealed record StoredFile(long Size, long ModifiedTicks, string Sha256, string Fingerprint, string CheckedOn, bool DateDependent, string Diagnostics);
