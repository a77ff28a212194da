using PublicityCheck.Configuration;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analysis;

/// <summary>
/// <see cref="PublicityChecker.PreloadClassifier"/>: what a host calls as it starts, so that its first check does not
/// wait for the party-political classifier to load.
/// </summary>
public sealed class ClassifierPreloadTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PreloadClassifier_EndsWhenTheClassifierIsLoaded()
    {
        _folder.Write("publicitycheck.json", """{ "root": true }""");
        var checker = new PublicityChecker();

        await checker.PreloadClassifier(Path.Combine(_folder.Path, "release.md")).WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void PreloadClassifier_CalledAgain_GivesTheLoadAlreadyStarted()
    {
        _folder.Write("publicitycheck.json", """{ "root": true }""");
        var checker = new PublicityChecker();
        var release = Path.Combine(_folder.Path, "release.md");

        Assert.Same(checker.PreloadClassifier(release), checker.PreloadClassifier(release));
    }

    [Fact]
    public void PreloadClassifier_WithPC0201Off_HasNothingToLoad()
    {
        _folder.Write("publicitycheck.json", """{ "root": true, "rules": { "PC0201": "none" } }""");
        var checker = new PublicityChecker();

        Assert.True(checker.PreloadClassifier(Path.Combine(_folder.Path, "release.md")).IsCompletedSuccessfully);
    }

    [Fact]
    public void PreloadClassifier_WithAnInvalidConfiguration_SaysSoAtOnce()
    {
        _folder.Write("publicitycheck.json", """{ "root": true, "classifier": "fastest" }""");
        var checker = new PublicityChecker();

        Assert.Throws<ConfigurationException>(() => { _ = checker.PreloadClassifier(Path.Combine(_folder.Path, "release.md")); });
    }
}
