using System.Text;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Tests.Configuration;

/// <summary><c>rules</c>: a severity per rule, or an object of <c>severity</c> and <c>escalate</c>.</summary>
public class ConfigurationFileParserRulesTest
{
    private static PublicityCheckConfiguration Parse(string json) =>
        ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes(json)).Configuration;

    private static ConfigurationException ParseError(string json) =>
        Assert.Throws<ConfigurationException>(() => Parse(json));

    [Fact]
    public void Parse_ReadsTheStringAndObjectFormsSideBySide()
    {
        var configuration = Parse("""
            {
              "rules": {
                "PC0401": "error",
                "PC0201": { "severity": "warning", "escalate": false },
                "PC0203": { "escalate": true }
              }
            }
            """);

        Assert.Equal(DiagnosticSeverity.Error, configuration.Rules["PC0401"]);
        Assert.Equal(DiagnosticSeverity.Warning, configuration.Rules["pc0201"]);
        Assert.False(configuration.Rules.ContainsKey("PC0203"));
        Assert.False(configuration.Escalates("PC0201"));
        Assert.True(configuration.Escalates("PC0203"));
        Assert.True(configuration.Escalates("PC0401"));
        Assert.Equal(("$.rules.PC0201", 4), (configuration.RuleOrigins["PC0201"].JsonPath, configuration.RuleOrigins["PC0201"].Line));
    }

    [Fact]
    public void Parse_NamesTheLineAndPathOfAnEscalateThatIsNotTrueOrFalse()
    {
        var error = ParseError("""
            {
              "rules": {
                "PC0201": {
                  "severity": "warning",
                  "escalate": "no"
                }
              }
            }
            """);

        Assert.Equal("press/publicitycheck.json", error.File);
        Assert.Equal("$.rules.PC0201.escalate", error.JsonPath);
        Assert.Equal((5, 7), (error.Line, error.Column));
        Assert.StartsWith("press/publicitycheck.json(5,7): error: $.rules.PC0201.escalate: \"no\" is not true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamesTheLineAndPathOfABadSeverityInTheObjectForm()
    {
        var error = ParseError("""
            {
              "rules": {
                "PC0201": { "escalate": false,
                            "severity": "warnign" }
              }
            }
            """);

        Assert.Equal("$.rules.PC0201.severity", error.JsonPath);
        Assert.Equal((4, 17), (error.Line, error.Column));
        Assert.Contains("\"warnign\" is not a severity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnUnknownRuleSetting()
    {
        var error = ParseError("""
            {
              "rules": {
                "PC0201": { "severity": "warning", "escalation": false }
              }
            }
            """);

        Assert.Equal("$.rules.PC0201.escalation", error.JsonPath);
        Assert.Equal(3, error.Line);
        Assert.Contains("'escalation' is not a rule setting (known: severity, escalate)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnEmptyRuleObject()
    {
        var error = ParseError("""
            {
              "rules": {
                "PC0201": {}
              }
            }
            """);

        Assert.Equal(("$.rules.PC0201", 3), (error.JsonPath, error.Line));
        Assert.Contains("must set \"severity\", \"escalate\" or both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsANumberAsARuleSetting()
    {
        var error = ParseError("""
            { "rules": { "PC0201": 2 } }
            """);

        Assert.Equal("$.rules.PC0201", error.JsonPath);
        Assert.Contains("2 is not a severity: use \"error\", \"warning\", \"info\" or \"none\", or an object such as", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlaidWith_NearerSeverityAndEscalateEachReplaceTheFarther()
    {
        var farther = Parse("""{ "rules": { "PC0201": { "severity": "error", "escalate": false }, "PC0203": "info" } }""");
        var nearer = Parse("""{ "rules": { "PC0201": "warning", "PC0203": { "escalate": false } } }""");

        var merged = farther.OverlaidWith(nearer);

        Assert.Equal(DiagnosticSeverity.Warning, merged.Rules["PC0201"]);
        Assert.False(merged.Escalates("PC0201"));
        Assert.Equal(DiagnosticSeverity.Info, merged.Rules["PC0203"]);
        Assert.False(merged.Escalates("PC0203"));
    }
}
