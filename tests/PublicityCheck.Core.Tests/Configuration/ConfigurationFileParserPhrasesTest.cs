using System.Text;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Tests.Configuration;

public class ConfigurationFileParserPhrasesTest
{
    private static PublicityCheckConfiguration Parse(string json) =>
        ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes(json)).Configuration;

    private static ConfigurationException ParseError(string json) =>
        Assert.Throws<ConfigurationException>(() => Parse(json));

    [Fact]
    public void Parse_ReadsAPhraseRule()
    {
        var rule = Assert.Single(Parse("""
            {
              "phrases": [
                { "id": "LOCAL001", "match": ["regime", "so-called"], "message": "loaded word", "severity": "error", "suggest": "administration" }
              ]
            }
            """).Phrases);

        Assert.Equal("LOCAL001", rule.Id);
        Assert.Equal(["regime", "so-called"], rule.Match.ToArray());
        Assert.Equal(DiagnosticSeverity.Error, rule.Severity);
        Assert.Equal("administration", rule.Suggest);
        Assert.Equal(3, rule.Origin.Line);
    }

    [Fact]
    public void Parse_PhraseRuleWithoutSeverityIsAWarning()
    {
        var rule = Assert.Single(Parse("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "loaded word" } ] }""").Phrases);

        Assert.Equal(DiagnosticSeverity.Warning, rule.Severity);
    }

    [Fact]
    public void Parse_NamesTheLineOfAnEmptyPhrase()
    {
        var error = ParseError("""
            {
              "phrases": [
                {
                  "id": "LOCAL001",
                  "match": ["regime", ""],
                  "message": "loaded word"
                }
              ]
            }
            """);

        Assert.Equal("$.phrases[0].match[1]", error.JsonPath);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("press/publicitycheck.json(5,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAPhraseRuleWithoutAMessage()
    {
        var error = ParseError("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"] } ] }""");

        Assert.Equal("$.phrases[0]", error.JsonPath);
        Assert.Contains("must have \"message\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAPhraseRuleIdStartingPC()
    {
        var error = ParseError("""{ "phrases": [ { "id": "PC0299", "match": ["regime"], "message": "loaded word" } ] }""");

        Assert.Equal("$.phrases[0].id", error.JsonPath);
        Assert.Contains("not starting PC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsTwoPhraseRulesWithOneId()
    {
        var error = ParseError("""
            { "phrases": [
              { "id": "LOCAL001", "match": ["regime"], "message": "loaded word" },
              { "id": "local001", "match": ["so-called"], "message": "loaded word" }
            ] }
            """);

        Assert.Equal("$.phrases[1].id", error.JsonPath);
    }

    [Fact]
    public void Parse_RejectsAnUnknownPropertyOfAPhraseRule()
    {
        var error = ParseError("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "loaded word", "level": "error" } ] }""");

        Assert.Equal("$.phrases[0].level", error.JsonPath);
        Assert.Contains("'level' is not a property of a phrase rule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsABadPhraseRuleSeverity()
    {
        var error = ParseError("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "loaded word", "severity": "eror" } ] }""");

        Assert.Equal("$.phrases[0].severity", error.JsonPath);
        Assert.Contains("\"eror\" is not a severity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsAPhraseRulesTitleCategoryAndConditions()
    {
        var rule = Assert.Single(Parse("""
            {
              "phrases": [
                {
                  "id": "LOCAL010", "title": "Launch in the pre-election period", "category": "Pre-election period",
                  "match": ["now open"], "message": "'{match}' opens something during the period for {election}",
                  "scope": "sentence", "when": "pre-election-period", "exceptReleaseKinds": ["emergency"], "unless": ["polling station"],
                  "unlessInRelease": ["youth council"]
                }
              ]
            }
            """).Phrases);

        Assert.Equal("Launch in the pre-election period", rule.Title);
        Assert.Equal("Pre-election period", rule.Category);
        Assert.Equal(PhraseScope.Sentence, rule.Scope);
        Assert.Equal(PhraseCondition.PreElectionPeriod, rule.When);
        Assert.Equal([PublicityCheck.Releases.ReleaseKind.Emergency], rule.ExceptReleaseKinds.ToArray());
        Assert.Equal(["polling station"], rule.Unless.ToArray());
        Assert.Equal(["youth council"], rule.UnlessInRelease.ToArray());
    }

    [Fact]
    public void Parse_PhraseRuleWithoutTitleIsTitledByItsMessage()
    {
        var rule = Assert.Single(Parse("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "loaded word" } ] }""").Phrases);

        Assert.Equal("loaded word", rule.Title);
        Assert.Equal(PhraseRule.DefaultCategory, rule.Category);
        Assert.Equal(PhraseScope.Block, rule.Scope);
    }

    [Fact]
    public void Parse_RejectsAnElectionPlaceholderInARuleThatAppliesOutsideAPeriod()
    {
        var error = ParseError("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "'{match}' before {election}" } ] }""");

        Assert.Equal("$.phrases[0].message", error.JsonPath);
        Assert.Contains("{election} is known only in a rule with \"when\": \"pre-election-period\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnUnknownScope()
    {
        var error = ParseError("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "loaded word", "scope": "paragraph" } ] }""");

        Assert.Equal("$.phrases[0].scope", error.JsonPath);
        Assert.Contains("\"paragraph\" is not a scope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnUnknownReleaseKind()
    {
        var error = ParseError("""{ "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "loaded word", "exceptReleaseKinds": ["urgent"] } ] }""");

        Assert.Equal("$.phrases[0].exceptReleaseKinds[0]", error.JsonPath);
    }
}
