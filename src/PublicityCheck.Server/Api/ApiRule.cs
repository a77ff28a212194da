namespace PublicityCheck.Server.Api;

/// <summary>One rule as <c>GET /api/v1/rules</c> lists it.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Title">What it checks.</param>
/// <param name="Category">Its family.</param>
/// <param name="DefaultSeverity">Its severity unless configured.</param>
/// <param name="Severity">Its severity under the server's configuration (<c>none</c> when off).</param>
/// <param name="HelpUri">Its page.</param>
public sealed record ApiRule(string Id, string Title, string Category, string DefaultSeverity, string Severity, Uri? HelpUri);
