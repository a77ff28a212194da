using System.Text.Json.Serialization;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// A file's result as the state file keeps it: its format, publication date and findings, and where the date came
/// from (absent from states written before it was kept).
/// </summary>
internal sealed record StoredResult(string? Format, string? PublishOn, List<StoredDiagnostic> Diagnostics, string? PublishOnSource = null);

/// <summary>A finding as the state file keeps it, to be given back unchanged when its file has not changed.</summary>
internal sealed record StoredDiagnostic(
    string Id,
    string Severity,
    string Message,
    string Path,
    string Part,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string? Text,
    string? Suggestion,
    Dictionary<string, string>? Properties,
    StoredSuppression? Suppression,
    string? Excerpt,
    StoredEscalation? Escalation = null);

/// <summary>The context that raised a finding's severity, as the state file keeps it (absent from states written before it was kept).</summary>
internal sealed record StoredEscalation(string Severity, string Reason);

/// <summary>An author's suppression as the state file keeps it.</summary>
internal sealed record StoredSuppression(string? Justification, string Part, int Line, int Column);

/// <summary>
/// The stored results' JSON, generated at build time: a warm scan decodes every file's findings, and reflection
/// would build the same serializer on every run.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredResult))]
internal sealed partial class StoredJson : JsonSerializerContext;
