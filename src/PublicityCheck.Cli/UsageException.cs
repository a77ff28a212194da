namespace PublicityCheck.Cli;

/// <summary>The command cannot run as asked (a bad value, no such path); exit code 2 with this message.</summary>
internal sealed class UsageException(string message) : Exception(message);
