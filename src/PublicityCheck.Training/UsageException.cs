namespace PublicityCheck.Training;

/// <summary>Training cannot run as asked (no such folder, a malformed corpus line); exit code 2 with this message.</summary>
internal sealed class UsageException(string message) : Exception(message);
