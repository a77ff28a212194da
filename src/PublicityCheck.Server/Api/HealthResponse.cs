namespace PublicityCheck.Server.Api;

/// <summary>The answer of <c>GET /healthz</c> while the server runs.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
internal sealed record HealthResponse(string Status);
