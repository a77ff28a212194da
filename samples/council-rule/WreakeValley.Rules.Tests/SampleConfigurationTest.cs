using System.Text.Json;
using PublicityCheck;

namespace WreakeValley.Rules.Tests;

/// <summary>The sample's <c>publicitycheck.json</c> loads the rules as a council's configuration would.</summary>
public sealed class SampleConfigurationTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wreake-valley-rules-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CheckFile_WithTheSampleConfiguration_LoadsAndRunsTheRule()
    {
        // The configuration and the built rules, laid out as the configuration names them.
        var sample = Path.Combine(RepositoryRoot(), "samples", "council-rule", "configuration", "publicitycheck.json");
        var configuration = Path.Combine(_folder, "configuration", "publicitycheck.json");
        Directory.CreateDirectory(Path.GetDirectoryName(configuration)!);
        File.Copy(sample, configuration);
        using (var json = JsonDocument.Parse(File.ReadAllText(sample)))
        {
            var assembly = Path.GetFullPath(Path.Combine(_folder, "configuration", Assert.Single(json.RootElement.GetProperty("analyzers").EnumerateArray()).GetString()!));
            Assert.StartsWith(_folder, assembly, StringComparison.Ordinal);
            Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
            File.Copy(typeof(ConsultationClosingDateAnalyzer).Assembly.Location, assembly);
        }

        var release = Path.Combine(_folder, "2026-03-02-parks-strategy-consultation.md");
        File.WriteAllText(release, "---\npublish: 2026-03-02\n---\n\nResidents can have their say in a consultation on the draft parks strategy.\n");

        var result = new PublicityChecker(new PublicityCheckerOptions { ConfigurationFile = configuration }).CheckFile(release);

        var finding = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("WVB", StringComparison.Ordinal));
        Assert.Equal(("WVB001", 5, 35), (finding.Id, finding.Location.Start.Line, finding.Location.Start.Column));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PublicityCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PublicityCheck.sln was not found above " + AppContext.BaseDirectory);
    }
}
