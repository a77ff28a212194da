namespace PublicityCheck.Scanning;

/// <summary>A finding open at the last completed scan and gone now (the words changed or the file went).</summary>
/// <param name="RelativePath">The file it was in.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its severity when last seen.</param>
/// <param name="Text">The words it was about, or null.</param>
/// <param name="Message">Its message when last seen.</param>
/// <param name="Occurrence">Which occurrence of those words under that rule it was in the file, from 0.</param>
public sealed record ResolvedFinding(string RelativePath, string RuleId, string Severity, string? Text, string Message, int Occurrence = 0);
