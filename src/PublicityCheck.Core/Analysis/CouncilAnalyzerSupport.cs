using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PublicityCheck.Analysis;

/// <summary>
/// Whether this build of PublicityCheck can load a council's own analyzers from their assemblies at run time. It can
/// wherever .NET compiles code as it runs (the installed tool, the server, a host's own program); a build compiled
/// ahead of time to native code (Native AOT) cannot load an assembly at all, so it turns the feature off (the feature
/// switch below, which such a build sets in its project) and the loader says so, naming the setting, instead of failing.
/// </summary>
internal static class CouncilAnalyzerSupport
{
    /// <summary>The feature switch that turns council analyzers off (<c>false</c>) in a build compiled ahead of time.</summary>
    public const string FeatureSwitch = "PublicityCheck.CouncilAnalyzers.IsSupported";

    /// <summary>
    /// True where code is compiled as it runs, unless the build turned council analyzers off; a build compiled ahead of
    /// time leaves out the loader's code.
    /// </summary>
    [FeatureSwitchDefinition(FeatureSwitch)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    [UnconditionalSuppressMessage("Trimming", "IL4000", Justification = "No runtime property says an application was trimmed: every trimmed build of the tool (PublishAot in PublicityCheck.Cli.csproj) sets this switch to false, and a host that trims its own program must set it too.")]
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported && (!AppContext.TryGetSwitch(FeatureSwitch, out var enabled) || enabled);

    /// <summary>What a build without council analyzers says of <paramref name="assemblyPath"/>, listed under <c>analyzers</c>.</summary>
    public static string NotSupported(string assemblyPath) =>
        $"The council analyzer assembly {assemblyPath} (listed under \"analyzers\" in publicitycheck.json) cannot be loaded: "
        + "this publicitycheck is compiled ahead of time to native code, which cannot load assemblies. Remove it from "
        + "\"analyzers\" to check with the built-in rules, or run the framework-dependent build, which loads council "
        + "analyzers (docs/install.md).";
}
