using NJsonSchema;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Samples;

/// <summary>The samples' <c>publicitycheck.json</c> is a valid configuration file.</summary>
public sealed class SamplesConfigurationTest
{
    [Fact]
    public async Task PublicityCheckJson_ValidatesAgainstTheSchema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "docs", "publicitycheck.schema.json"));
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Samples, "publicitycheck.json"));

        var errors = schema.Validate(json);

        Assert.Empty(errors.Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind}"));
    }
}
