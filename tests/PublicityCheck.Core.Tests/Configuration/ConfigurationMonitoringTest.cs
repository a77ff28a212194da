using System.Text;
using PublicityCheck.Configuration;

namespace PublicityCheck.Tests.Configuration;

/// <summary>The <c>balance</c> and <c>noisyRules</c> settings: read, defaulted, overlaid, and a slip named by file and line.</summary>
public class ConfigurationMonitoringTest
{
    private static PublicityCheckConfiguration Parse(string json) =>
        ConfigurationFileParser.Parse("publicitycheck.json", Encoding.UTF8.GetBytes(json)).Configuration;

    [Fact]
    public void Parse_ReadsTheBalanceSettings()
    {
        var balance = Parse("""{ "balance": { "window": 28, "margin": 10, "minimumQuotations": 20 } }""").Balance;

        Assert.Equal((28, 10, 20), (balance.EffectiveWindowDays, balance.EffectiveMargin, balance.EffectiveMinimumQuotations));
    }

    [Fact]
    public void Parse_WithoutBalance_TakesSixWeeksFifteenPointsAndTwelveQuotations()
    {
        var balance = Parse("{}").Balance;

        Assert.Equal((42, 15, 12), (balance.EffectiveWindowDays, balance.EffectiveMargin, balance.EffectiveMinimumQuotations));
    }

    [Fact]
    public void Parse_ReadsTheNoisyRulesMinimum()
    {
        Assert.Equal(8, Parse("""{ "noisyRules": { "minimumReleases": 8 } }""").NoisyRules.EffectiveMinimumReleases);
    }

    [Fact]
    public void Parse_WithoutNoisyRules_TakesFiveReleases()
    {
        Assert.Equal(5, Parse("{}").NoisyRules.EffectiveMinimumReleases);
    }

    [Fact]
    public void Parse_AMarginOverAHundred_IsAnErrorNamingItsLine()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""
            {
              "balance": {
                "margin": 150
              }
            }
            """));

        Assert.Equal(("$.balance.margin", 3), (error.JsonPath, error.Line));
        Assert.Contains("150 is not a whole number from 1 to 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AWindowGivenInWords_IsAnError()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""{ "balance": { "window": "six weeks" } }"""));

        Assert.Equal("$.balance.window", error.JsonPath);
    }

    [Fact]
    public void Parse_AnUnknownBalanceSetting_NamesTheKnownOnes()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""{ "balance": { "weeks": 6 } }"""));

        Assert.Contains("'weeks' is not a balance setting (known: window, margin, minimumQuotations)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AFractionalMinimumReleases_IsAnError()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""{ "noisyRules": { "minimumReleases": 2.5 } }"""));

        Assert.Equal("$.noisyRules.minimumReleases", error.JsonPath);
    }

    [Fact]
    public void OverlaidWith_ANearerMarginWinsAndTheFartherWindowStays()
    {
        var county = Parse("""{ "balance": { "window": 56, "margin": 20 } }""");
        var press = Parse("""{ "balance": { "margin": 10 } }""");

        var balance = county.OverlaidWith(press).Balance;

        Assert.Equal((56, 10), (balance.EffectiveWindowDays, balance.EffectiveMargin));
    }
}
