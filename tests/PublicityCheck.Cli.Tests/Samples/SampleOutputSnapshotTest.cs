using Snapshooter;
using Snapshooter.Xunit;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Samples;

/// <summary>
/// Pins what `publicitycheck check samples/` prints in each format, so any change to a reporter, a rule or a
/// sample shows up as a reviewed snapshot change. The tool's version and the folder the repository is in (which phrase rules' help links and descriptions name) are masked.
/// </summary>
public class SampleOutputSnapshotTest
{
    private static string Check(string format)
    {
        var run = CliRun.In(RepositoryPaths.Root, "check", "samples/", "--format", format, "--no-color");
        Assert.Equal(1, run.ExitCode);
        var rootUri = new Uri(RepositoryPaths.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri;
        // Help links point at the rule pages installed beside the program, which here is the test's build folder.
        var rulePagesUri = new Uri(PublicityCheck.Reporting.RuleHelp.InstalledFolder + Path.DirectorySeparatorChar).AbsoluteUri;
        return run.Out
            .Replace(rulePagesUri, "file:///TOOL/rules/", StringComparison.Ordinal)
            .Replace(rootUri, "file:///REPOSITORY/", StringComparison.Ordinal)
            .Replace(RepositoryPaths.Root.TrimEnd(Path.DirectorySeparatorChar), "/REPOSITORY", StringComparison.Ordinal)
            .Replace($"\"{PublicityCheck.Reporting.ToolInfo.Version}\"", "\"VERSION\"", StringComparison.Ordinal);
    }

    [Fact]
    public void Console_OutputForTheSamples() => Snapshot.Match(Check("console"), SnapshotNameExtension.Create("txt"));

    [Fact]
    public void Json_OutputForTheSamples() => Snapshot.Match(Check("json"), SnapshotNameExtension.Create("json"));

    [Fact]
    public void Sarif_OutputForTheSamples() => Snapshot.Match(Check("sarif"), SnapshotNameExtension.Create("sarif"));

    [Fact]
    public void Sarif_OutputForTheSamplesIsValidAgainstTheSchema() => Assert.Empty(SarifSchema.Validate(Check("sarif")));
}
