using NJsonSchema;

namespace PublicityCheck.Tests.Support;

/// <summary>Validates SARIF logs against the SARIF 2.1.0 schema in ../shared/schemas.</summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(RepositoryPaths.SarifSchema).GetAwaiter().GetResult());

    /// <summary>Every schema violation in <paramref name="sarifJson"/>, as readable lines; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string sarifJson) =>
        [.. Schema.Value.Validate(sarifJson).Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind}")];
}
