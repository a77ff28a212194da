using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Parsing;

/// <summary>A mistyped command line says what was wrong, what was probably meant, and where to look, on standard error with exit code 2.</summary>
public sealed class UsageErrorsTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public UsageErrorsTest() => _folder.Write("press/library.md", "# Library opens later on Thursdays\n\nDate: 3 March 2026\n\nThe library will open until 7pm on Thursdays.\n");

    public void Dispose() => _folder.Dispose();

    private CliRun Run(params string[] args)
    {
        var run = CliRun.In(_folder.Path, args);
        Assert.Equal((2, string.Empty), (run.ExitCode, run.Out));
        return run;
    }

    [Fact]
    public void MistypedVerb_SuggestsTheVerbAndListsThemAll()
    {
        var run = Run("chekc", "press");

        Assert.Equal(
            [
                "publicitycheck: 'chekc' is not a command. Did you mean 'check'? The commands are init, check, scan, report, rules, calendar, inspect, annotate, fix, classify, serve.",
                "Run 'publicitycheck --help' for the commands.",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void HelpForAMistypedVerb_SuggestsTheVerb()
    {
        var run = Run("help", "chekc");

        Assert.StartsWith("publicitycheck: 'chekc' is not a command. Did you mean 'check'?", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerb_ListsTheCommandsWithoutAGuess()
    {
        var run = Run("lint", "press");

        Assert.StartsWith("publicitycheck: 'lint' is not a command. The commands are init, check,", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void OptionLastWithoutItsValue_IsRefusedWithTheValuesItTakes()
    {
        var run = Run("check", "press", "--format");

        Assert.Equal(
            ["publicitycheck: --format needs a value: one of console, json, sarif.", "Run 'publicitycheck check --help' for its options."],
            run.ErrorLines);
    }

    [Fact]
    public void ShortOptionLastWithoutItsValue_IsRefusedRatherThanIgnored()
    {
        var run = Run("check", "press", "-o");

        Assert.Equal("publicitycheck: -o needs a value.", run.ErrorLines[0]);
    }

    [Fact]
    public void SwitchLast_IsNotMistakenForAnOptionWithoutItsValue()
    {
        var run = CliRun.In(_folder.Path, "check", "press", "-q");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void MistypedOption_SuggestsTheOption()
    {
        var run = Run("check", "press", "--fromat", "json");

        Assert.Equal("publicitycheck: 'check' has no option --fromat. Did you mean '--format'?", run.ErrorLines[0]);
        Assert.Equal("Run 'publicitycheck check --help' for its options.", run.ErrorLines[1]);
    }

    [Fact]
    public void OptionOfAnotherCommand_IsNamedWithoutAGuess()
    {
        var run = Run("rules", "--rehash");

        Assert.Equal("publicitycheck: 'rules' has no option --rehash.", run.ErrorLines[0]);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format=xml", null)]
    public void BadFormat_ListsTheFormats(string option, string? value)
    {
        var run = value is null ? Run("check", "press", option) : Run("check", "press", option, value);

        Assert.Equal("publicitycheck: --format 'xml' is not one of console, json, sarif.", run.ErrorLines[0]);
    }

    [Fact]
    public void MistypedFormat_ListsTheFormatsAndSuggestsOne()
    {
        var run = Run("scan", "press", "--format", "sarfi");

        Assert.Equal("publicitycheck: --format 'sarfi' is not one of console, json, sarif. Did you mean 'sarif'?", run.ErrorLines[0]);
    }

    [Fact]
    public void NumberOption_SaysItWantsAWholeNumber()
    {
        var run = Run("scan", "press", "--jobs", "four");

        Assert.Equal("publicitycheck: --jobs 'four' is not a whole number.", run.ErrorLines[0]);
    }

    [Fact]
    public void MissingPaths_SaysWhatTheCommandNeeds()
    {
        var run = Run("check");

        Assert.StartsWith("publicitycheck: 'check' needs <paths>: Files, folders or glob patterns", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedRuleId_SuggestsTheRule()
    {
        var run = Run("rules", "PC0110");

        Assert.Equal("publicitycheck: there is no rule PC0110. Did you mean 'PC0101'? Run 'publicitycheck rules' for every id", run.Error.TrimEnd('\n'));
    }

    [Fact]
    public void RuleIds_ListOnlyThoseRules_InTheOrderGiven()
    {
        var run = CliRun.In(_folder.Path, "rules", "pc0304", "PC0101");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Id", "PC0304", "PC0101"], run.OutLines.Select(line => line.Split(' ')[0]));
    }
}
