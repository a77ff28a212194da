using System.Text.Json;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class RulesCommandTest
{
    private static IReadOnlyList<(string Id, string HelpUri)> Rules()
    {
        var run = CliRun.In(RepositoryPaths.Root, "rules", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("helpUri").GetString()!))];
    }

    [Fact]
    public void Rules_EveryHelpLinkIsTheRulesInstalledPage()
    {
        Assert.All(Rules(), r =>
        {
            var link = new Uri(r.HelpUri);
            Assert.True(link.IsFile && File.Exists(link.LocalPath), r.HelpUri);
            Assert.Equal($"{r.Id}.md", Path.GetFileName(link.LocalPath));
        });
    }

    [Fact]
    public void Rules_TheRegisterInDocsMatchesTheRules()
    {
        var run = CliRun.In(RepositoryPaths.Root, "rules", "--format", "markdown");
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.RuleDocs, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("<!-- register:start -->\n", StringComparison.Ordinal) + "<!-- register:start -->\n".Length;
        var end = readme.IndexOf("<!-- register:end -->", StringComparison.Ordinal);

        Assert.Equal(run.Out, readme[start..end]);
    }

    [Fact]
    public void Rules_PrintsATableByDefault()
    {
        var run = CliRun.In(RepositoryPaths.Root, "rules");

        Assert.StartsWith("Id       Severity", run.Out, StringComparison.Ordinal);
        Assert.Contains("PC0402   error", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_ExitsTwoForAnUnknownFormat()
    {
        Assert.Equal(2, CliRun.In(RepositoryPaths.Root, "rules", "--format", "yaml").ExitCode);
    }
}
