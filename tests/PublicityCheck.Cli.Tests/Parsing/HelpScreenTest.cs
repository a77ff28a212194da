using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Parsing;

/// <summary>Help and the version are asked for, so they go to standard output with exit code 0 (<c>publicitycheck --help | less</c>).</summary>
public class HelpScreenTest
{
    private static readonly string[] Verbs = ["init", "check", "scan", "rules", "calendar", "inspect", "annotate", "classify", "serve"];

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public void Help_ListsEveryCommandOnStandardOutput(string help)
    {
        var run = CliRun.In(RepositoryPaths.Root, help);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        foreach (var verb in Verbs)
        {
            Assert.Contains(run.OutLines, line => line.StartsWith($"  {verb} ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("check", "--help")]
    [InlineData("help", "check")]
    [InlineData("CHECK", "--help")]
    public void CommandHelp_GivesItsOptionsExamplesAndExitCodesOnStandardOutput(params string[] args)
    {
        var run = CliRun.In(RepositoryPaths.Root, args);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("Usage: publicitycheck check <paths> [options]", run.OutLines);
        Assert.Contains(run.OutLines, line => line.TrimStart().StartsWith("--stdin-filename", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, line => line.TrimStart().StartsWith("-q, --quiet", StringComparison.Ordinal));
        Assert.Contains("Examples:", run.OutLines);
        Assert.Contains("    publicitycheck check drafts --format sarif -o reports/drafts.sarif", run.OutLines);
        Assert.Contains("Exit codes:", run.OutLines);
        Assert.Contains(run.OutLines, line => line.StartsWith("  2  It could not run", StringComparison.Ordinal));
    }

    [Fact]
    public void CommandHelp_NamesTheDefaultFormatAsItIsTyped()
    {
        var run = CliRun.In(RepositoryPaths.Root, "check", "--help");

        Assert.Contains(run.OutLines, line => line.Contains("--format", StringComparison.Ordinal) && line.Contains("(Default: console)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("check", "--version")]
    public void Version_IsOneLineOnStandardOutput(params string[] args)
    {
        var run = CliRun.In(RepositoryPaths.Root, args);

        Assert.Equal((0, $"publicitycheck {ToolInfo.Version}\n", string.Empty), (run.ExitCode, run.Out, run.Error));
    }

    [Fact]
    public void NoCommand_ListsTheCommandsOnStandardErrorAndExitsTwo()
    {
        var run = CliRun.In(RepositoryPaths.Root);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Out));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("  check ", StringComparison.Ordinal));
    }
}
