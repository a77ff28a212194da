using PublicityCheck.Tests.Hostile;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Packaging;

/// <summary>The feature switch is process-wide, so the tests that turn it off run alone.</summary>
[CollectionDefinition(nameof(NativeBuildSwitches), DisableParallelization = true)]
public sealed class NativeBuildSwitches;

/// <summary>
/// What the build compiled ahead of time to native code cannot do, load a council's analyzer assemblies, it refuses in
/// words: that build turns a feature switch off (<c>PublicityCheck.Cli.csproj</c>, under <c>PublishAot</c>), and these
/// tests turn it off in this process. (<c>tests/PublicityCheck.Benchmarks/compare/aot-check.sh</c> checks the native
/// build itself, its server among it.)
/// </summary>
[Collection(nameof(NativeBuildSwitches))]
public sealed class NativeBuildRefusalTest : IDisposable
{
    private const string CouncilAnalyzersSwitch = "PublicityCheck.CouncilAnalyzers.IsSupported";

    private const string Release = "# Allotment plots\n\nPublished 4 March 2026.\n\nThe council has twelve allotment plots free at Mill Lane.\n";

    public NativeBuildRefusalTest()
    {
        AppContext.SetSwitch(CouncilAnalyzersSwitch, false);
    }

    public void Dispose()
    {
        AppContext.SetSwitch(CouncilAnalyzersSwitch, true);
    }

    [Fact]
    public void Check_ConfigurationListingAnalyzers_WithoutTheLoader_ExitsTwoNamingTheAssemblyAndTheSetting_AndRunsNothingOfIt()
    {
        using var folder = new TemporaryFolder();
        var assembly = Path.Combine(folder.Path, "bin", "Planted.dll");
        CouncilAnalyzers.Compile(CouncilAnalyzers.Planted, assembly);
        folder.Write("publicitycheck.json", """{ "root": true, "analyzers": ["bin/Planted.dll"] }""");
        folder.Write("release.md", Release);

        var run = CliRun.In(folder.Path, "check", "release.md", "--config", "publicitycheck.json", "--publish-on", "2026-03-04");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"The council analyzer assembly {assembly} (listed under \"analyzers\" in publicitycheck.json) cannot be loaded: "
            + "this publicitycheck is compiled ahead of time to native code, which cannot load assemblies. Remove it from "
            + "\"analyzers\" to check with the built-in rules, or run the framework-dependent build, which loads council "
            + "analyzers (docs/install.md).",
            run.Error.TrimEnd());
        Assert.False(File.Exists(Path.Combine(folder.Path, "bin", "ran.txt")), "the council analyzer's constructor ran");
    }
}
