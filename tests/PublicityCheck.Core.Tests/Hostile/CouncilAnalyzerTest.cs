using System.Diagnostics;
using NodaTime;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Council analyzers are code. One named by a configuration file found above a release runs only when the run says
/// so; one that throws anywhere, or runs without end, costs its own rules on the file (PC0005) and nothing more.
/// </summary>
public sealed class CouncilAnalyzerTest
{
    private const string Release = "# Market returns\n\nPublished 2 March 2026.\n\nLoughborough Borough Council will run the Christmas market.\n";

    [Fact]
    public void CheckFile_PlantedConfigurationAndAssembly_NotLoadedAndReportedAsPC0008()
    {
        using var folder = new TemporaryFolder();
        var dll = CouncilAnalyzers.Compile(CouncilAnalyzers.Planted, Path.Combine(folder.Path, "untrusted", "bin", "Planted.dll"));
        folder.Write(Path.Combine("untrusted", "publicitycheck.json"), """{ "analyzers": ["bin/Planted.dll"] }""");
        var release = folder.Write(Path.Combine("untrusted", "release.md"), Release);

        var result = new PublicityChecker(new PublicityCheckerOptions { PublishOn = new LocalDate(2026, 3, 2) }).CheckFile(release);

        Assert.False(File.Exists(Path.Combine(folder.Path, "untrusted", "bin", "ran.txt")), "the planted analyzer's constructor ran");
        var skipped = Assert.Single(result.Diagnostics, d => d.Id == "PC0008");
        Assert.Contains(dll, skipped.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-analyzers", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_PlantedConfigurationWithCouncilRuleSeverity_IsNotAnError()
    {
        using var folder = new TemporaryFolder();
        CouncilAnalyzers.Compile(CouncilAnalyzers.OldBrand, Path.Combine(folder.Path, "rules", "Council.Rules.dll"));
        folder.Write("publicitycheck.json", """{ "analyzers": ["rules/Council.Rules.dll"], "rules": { "CBC001": "error" } }""");
        var release = folder.Write("release.md", Release);

        var result = new PublicityChecker(new PublicityCheckerOptions { PublishOn = new LocalDate(2026, 3, 2) }).CheckFile(release);

        Assert.Contains(result.Diagnostics, d => d.Id == "PC0008");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CBC001");
    }

    [Fact]
    public void CheckFile_AnalyzerConstructorThrows_PC0005OnEachFileAndTheRunGoesOn() =>
        AssertFailsAlone("ThrowsInConstructor", """
            public ThrowsInConstructor() => throw new InvalidOperationException("no database connection");
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) { }
            """, "no database connection");

    [Fact]
    public void CheckFile_SupportedDiagnosticsThrowsAfterTheFirstCall_PC0005OnEachFileAndTheRunGoesOn() =>
        AssertFailsAlone("ThrowsLater", """
            private int _calls;
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
                ++_calls > 1 ? throw new InvalidOperationException("asked once too often") : ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) =>
                registration.RegisterDocumentAction(context => throw new InvalidOperationException("the action fails too"));
            """, "the action fails too");

    [Fact]
    public void CheckFile_SupportedDiagnosticsThrowsAtOnce_PC0005OnEachFileAndTheRunGoesOn() =>
        AssertFailsAlone("ThrowsAtOnce", """
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => throw new InvalidOperationException("no rules today");
            public override void Initialize(AnalyzerRegistration registration) { }
            """, "no rules today");

    [Fact]
    public void CheckFile_InitializeThrows_PC0005OnEachFileAndTheRunGoesOn() =>
        AssertFailsAlone("ThrowsInInitialize", """
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) => throw new InvalidOperationException("cannot register");
            """, "cannot register");

    [Fact]
    public void CheckFile_ActionThrowsAnExceptionWhoseMessageThrows_PC0005OnEachFileAndTheRunGoesOn() =>
        AssertFailsAlone("ThrowsHostileException", """
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) =>
                registration.RegisterBlockAction(context => throw new HostileException());
            """, "HostileException");

    [Fact]
    public void CheckFile_NameThrows_PC0005OnEachFileAndTheRunGoesOn() =>
        AssertFailsAlone("ThrowsInName", """
            public override string Name => throw new InvalidOperationException("no name");
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) =>
                registration.RegisterDocumentAction(context => throw new InvalidOperationException("and the action fails"));
            """, "ThrowsInName");

    [Fact]
    public void CheckFile_ActionLoopsForever_PC0005NamingTheLimitAndTheRunFinishes()
    {
        using var folder = new TemporaryFolder();
        var options = Prepare(folder, "LoopsForever", """
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) =>
                registration.RegisterBlockAction(context => { while (true) { } });
            """) with { AnalyzerTimeLimit = TimeSpan.FromMilliseconds(300) };
        var checker = new PublicityChecker(options);
        var stopwatch = Stopwatch.StartNew();

        var results = Releases(folder).Select(r => checker.CheckFile(r)).ToList();

        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < HostileCheck.Bound, $"the run took {stopwatch.Elapsed}");
        foreach (var result in results)
        {
            var failure = Assert.Single(result.Diagnostics, d => d.Id == "PC0005");
            Assert.Contains("LoopsForever", failure.Message, StringComparison.Ordinal);
            Assert.Contains("300 ms time limit", failure.Message, StringComparison.Ordinal);
            Assert.Contains(result.Diagnostics, d => d.Id == "CBC001");
        }
    }

    [Fact]
    public void CheckFile_ConstructorLoopsForever_PC0005NamingTheLimitAndTheRunFinishes()
    {
        using var folder = new TemporaryFolder();
        var options = Prepare(folder, "HangsInConstructor", """
            public HangsInConstructor() { while (true) { } }
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);
            public override void Initialize(AnalyzerRegistration registration) { }
            """) with { AnalyzerTimeLimit = TimeSpan.FromMilliseconds(300) };

        var results = Releases(folder).Select(r => new PublicityChecker(options).CheckFile(r)).ToList();

        Assert.All(results, result => Assert.Contains(result.Diagnostics, d => d.Id == "PC0005" && d.Message.Contains("300 ms time limit", StringComparison.Ordinal)));
    }

    private static void AssertFailsAlone(string className, string body, string expected)
    {
        using var folder = new TemporaryFolder();
        var checker = new PublicityChecker(Prepare(folder, className, body));

        var results = Releases(folder).Select(r => checker.CheckFile(r)).ToList();

        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            var failure = Assert.Single(result.Diagnostics, d => d.Id == "PC0005");
            Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
            Assert.Contains(result.Diagnostics, d => d.Id == "CBC001");
        }
    }

    // A configuration given explicitly, naming the broken analyzer and a good one, and two releases.
    private static PublicityCheckerOptions Prepare(TemporaryFolder folder, string className, string body)
    {
        CouncilAnalyzers.Compile(CouncilAnalyzers.Failing(className, body), Path.Combine(folder.Path, "rules", "Council.Broken.dll"));
        CouncilAnalyzers.Compile(CouncilAnalyzers.OldBrand, Path.Combine(folder.Path, "rules", "Council.Rules.dll"));
        var configuration = folder.Write("publicitycheck.json", """{ "analyzers": ["rules/Council.Broken.dll", "rules/Council.Rules.dll"] }""");
        folder.Write("market.md", Release);
        folder.Write("fair.md", Release.Replace("Christmas market", "summer fair", StringComparison.Ordinal));
        return new PublicityCheckerOptions { ConfigurationFile = configuration, PublishOn = new LocalDate(2026, 3, 2) };
    }

    private static IEnumerable<string> Releases(TemporaryFolder folder) =>
        [Path.Combine(folder.Path, "market.md"), Path.Combine(folder.Path, "fair.md")];
}
