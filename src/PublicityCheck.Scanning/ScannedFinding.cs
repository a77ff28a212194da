using PublicityCheck.Diagnostics;

namespace PublicityCheck.Scanning;

/// <summary>A finding of a scan, with its stable identity and whether it is new.</summary>
/// <param name="Diagnostic">The finding, its properties carrying <c>scanStatus</c> and <c>findingId</c> when tracked.</param>
/// <param name="Identity">File, rule, the words it is about and their occurrence, hashed.</param>
/// <param name="Status">New or still open; null for a suppressed finding, which is not tracked.</param>
/// <param name="Excerpt">The words around the finding, for the HTML report; null for a finding about the whole file.</param>
public sealed record ScannedFinding(Diagnostic Diagnostic, string Identity, FindingStatus? Status, string? Excerpt);
