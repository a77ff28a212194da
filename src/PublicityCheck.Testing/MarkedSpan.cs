namespace PublicityCheck.Testing;

/// <summary>
/// A span marked in test source: <c>[|...|]</c> (no id), <c>{|PC0102:...|}</c> (a rule id) or <c>{|#0:...|}</c>
/// (a location key that an expected finding refers to with <see cref="DiagnosticResult.WithLocation(int)"/>).
/// </summary>
/// <param name="Id">The rule id written in the markup, or null.</param>
/// <param name="LocationKey">The location key written in the markup, or null.</param>
/// <param name="Start">Offset of the first marked character in the text with the markup removed.</param>
/// <param name="End">Offset just past the last marked character in that text.</param>
internal sealed record MarkedSpan(string? Id, int? LocationKey, int Start, int End);
