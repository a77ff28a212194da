using System.Text.Json.Serialization;

namespace PublicityCheck.Server.Api;

/// <summary>The answer to a check: the release's active findings, in document order.</summary>
/// <param name="Diagnostics">The findings.</param>
/// <param name="Paragraphs">
/// For a file sent whole (.docx), the text of each body paragraph by index (null for one without text), so that a
/// client can show the findings in place; absent when the client sent the paragraphs itself.
/// </param>
public sealed record CheckResponse(
    IReadOnlyList<ApiDiagnostic> Diagnostics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string?>? Paragraphs = null);
