using System.Collections.Immutable;

namespace PublicityCheck.Scanning;

/// <summary>One file of a scan.</summary>
/// <param name="RelativePath">The path under the scanned folder, with <c>/</c> separators: the file's identity in the state.</param>
/// <param name="Result">The findings as the report writers take them.</param>
/// <param name="Analysed">True when the file was read and checked in this run; false when its stored findings were reused.</param>
/// <param name="Findings">The findings with their identity and status.</param>
public sealed record ScannedFile(string RelativePath, FileResult Result, bool Analysed, ImmutableArray<ScannedFinding> Findings);
