using System.Text;
using PublicityCheck.Configuration;

namespace PublicityCheck.Tests.Configuration;

public class ConfigurationFileParserTest
{
    private static ConfigurationException ParseError(string json) =>
        Assert.Throws<ConfigurationException>(() => ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Parse_NamesTheFilePathAndLineOfABadSeverity()
    {
        var error = ParseError("""
            {
              "rules": {
                "PC0401": "error",
                "PC0402": "warnign"
              }
            }
            """);

        Assert.Equal("press/publicitycheck.json", error.File);
        Assert.Equal("$.rules.PC0402", error.JsonPath);
        Assert.Equal(4, error.Line);
        Assert.Contains("\"warnign\" is not a severity", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("press/publicitycheck.json(4,5): error: $.rules.PC0402:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnUnknownSetting()
    {
        var error = ParseError("""
            {
              "rule": { "PC0401": "error" }
            }
            """);

        Assert.Equal("$.rule", error.JsonPath);
        Assert.Equal(2, error.Line);
        Assert.Contains("'rule' is not a setting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamesTheLineOfMalformedJson()
    {
        var error = ParseError("""
            {
              "rules": { "PC0401": "error" }
              "root": true
            }
            """);

        Assert.Equal(3, error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsRootThatIsNotTrueOrFalse()
    {
        var error = ParseError("""{ "root": "yes" }""");

        Assert.Equal("$.root", error.JsonPath);
    }

    [Fact]
    public void Parse_RejectsAnAnalyzerAssemblyThatIsNotThere()
    {
        var error = ParseError("""{ "analyzers": ["rules/Council.Rules.dll"] }""");

        Assert.Equal("$.analyzers[0]", error.JsonPath);
        Assert.Contains("Council.Rules.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsAByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "rules": { "PC0401": "none" } }""")).ToArray();

        var (configuration, _) = ConfigurationFileParser.Parse("publicitycheck.json", bytes);

        Assert.Single(configuration.Rules);
    }

    [Fact]
    public void Parse_ReadsTheFastClassifier()
    {
        var (configuration, _) = ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes("""{ "classifier": "fast" }"""));

        Assert.Equal(ClassifierMode.Fast, configuration.Classifier);
        Assert.Equal(ClassifierMode.Fast, configuration.EffectiveClassifier);
    }

    [Fact]
    public void Parse_LeavesTheClassifierAccurateWhenTheFileDoesNotChoose()
    {
        var (configuration, _) = ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes("""{ "root": true }"""));

        Assert.Null(configuration.Classifier);
        Assert.Equal(ClassifierMode.Accurate, configuration.EffectiveClassifier);
    }

    [Fact]
    public void Parse_ListsTheClassifiersWhenGivenAnUnknownOne()
    {
        var error = ParseError("""
            {
              "root": true,
              "classifier": "quick"
            }
            """);

        Assert.Equal("$.classifier", error.JsonPath);
        Assert.Equal(3, error.Line);
        Assert.Contains("\"quick\" is not a classifier: use \"accurate\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("or \"fast\"", error.Message, StringComparison.Ordinal);
    }
}
