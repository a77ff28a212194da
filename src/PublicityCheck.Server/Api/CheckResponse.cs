using System.Text.Json.Serialization;

namespace PublicityCheck.Server.Api;

/// <summary>The answer to a check: the release's active findings, in document order.</summary>
/// <param name="Diagnostics">The findings.</param>
/// <param name="Paragraphs">
/// For a file sent whole (.docx), the text of each body paragraph by index (null for one without text), so that a
/// client can show the findings in place; absent when the client sent the paragraphs itself.
/// </param>
/// <param name="Publication">
/// The publication date the release states (a dateline, a property, Word's record of when the file was created),
/// whatever <c>publishOn</c> the request gave, so that a client can show it or fill its date field; absent when the
/// release states none.
/// </param>
public sealed record CheckResponse(
    IReadOnlyList<ApiDiagnostic> Diagnostics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string?>? Paragraphs = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ApiPublication? Publication = null);
