using PublicityCheck.Documents;

namespace PublicityCheck.Diagnostics;

/// <summary>Why a finding was suppressed: the suppression that covers it and the justification written with it.</summary>
/// <param name="Justification">The reason and who approved it, or null when none was written.</param>
/// <param name="Origin">Where the suppression is written.</param>
public sealed record SuppressionInfo(string? Justification, SourceLocation Origin);
