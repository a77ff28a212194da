namespace PublicityCheck.Server.Api;

/// <summary>The answer to a check: the release's active findings, in document order.</summary>
/// <param name="Diagnostics">The findings.</param>
public sealed record CheckResponse(IReadOnlyList<ApiDiagnostic> Diagnostics);
