using System.Security.Cryptography;
using System.Text;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class FixCommandTest
{
    private const string Configuration = """
        {
          "root": true,
          "phrases": [
            { "id": "LOCAL001", "match": ["e-mail"], "message": "the council's house style writes 'email'", "severity": "warning", "suggest": "email" }
          ]
        }
        """;

    private const string Release =
        "OFFICIAL-SENSITIVE\n" +
        "\n" +
        "# Kettleby Moor pool reopens\n" +
        "\n" +
        "Kettleby Moor swimming pool reopens on Saturday 21 March after a £1.8 million refurbishment.\n" +
        "\n" +
        "Bookings can be made by e-mail from Monday 16 March.\n" +
        "\n" +
        "The refurbishment was paid for by this Conservative council, which kept its promise to residents.\n";

    private static string Write(TemporaryFolder folder, string release = Release)
    {
        File.WriteAllText(Path.Combine(folder.Path, "publicitycheck.json"), Configuration);
        var path = Path.Combine(folder.Path, "pool.md");
        File.WriteAllText(path, release);
        return path;
    }

    [Fact]
    public void Fix_WritesTheSafeFixesToACopyBesideTheRelease()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "fix", "pool.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "\n# Kettleby Moor pool reopens\n\nKettleby Moor swimming pool reopens on Saturday 21 March after a £1.8 million refurbishment.\n\n" +
            "Bookings can be made by email from Monday 16 March.\n\nThe refurbishment was paid for by this Conservative council, which kept its promise to residents.\n",
            File.ReadAllText(Path.Combine(folder.Path, "pool.fixed.md")));
    }

    [Fact]
    public void Fix_SaysWhatItChangedAndWhatItLeftForAPerson()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "fix", "pool.md");

        Assert.Equal(
            [
                "pool.md(1,1): fixed PC0402: Remove the line 'OFFICIAL-SENSITIVE'",
                "pool.md(7,25): fixed LOCAL001: Replace 'e-mail' with 'email'",
                "pool.fixed.md(8,1): warning PC0201: Partisan language (very likely): \"Conservative\", \"promise\", \"kept\"; say what the council is doing as fact, without praise or blame of any party, group or administration",
                "pool.fixed.md(8,40): info PC0202: 'Conservative' names a political party or group in the council's own words; name parties only in factual contexts such as election notices or the council's make-up",
                "  suggestion: Replace 'Conservative council' with 'council'",
                "pool.fixed.md: 2 fixes applied, 0 fixes not applied, 2 findings left for a person",
            ],
            run.OutLines);
    }

    [Fact]
    public void Fix_NeverChangesTheRelease()
    {
        using var folder = new TemporaryFolder();
        var release = Write(folder);
        var before = SHA256.HashData(File.ReadAllBytes(release));

        CliRun.In(folder.Path, "fix", "pool.md", "--all");

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(release)));
    }

    [Fact]
    public void Fix_WithARule_AppliesOnlyThatRulesFirstFixEvenWhenItNeedsAPerson()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "fix", "pool.md", "--rule", "PC0202", "-o", "out/pool.md");

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(Path.Combine(folder.Path, "out", "pool.md"));
        Assert.Equal(Release.Replace("this Conservative council", "this council", StringComparison.Ordinal), written);
    }

    [Fact]
    public void Fix_InPlace_ReplacesTheReleaseAndLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        var release = Write(folder);

        var run = CliRun.In(folder.Path, "fix", "pool.md", "--in-place");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("OFFICIAL-SENSITIVE", File.ReadAllText(release), StringComparison.Ordinal);
        Assert.Equal(["pool.md", "publicitycheck.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fix_KeepsAByteOrderMarkAndEveryByteOutsideTheFix()
    {
        using var folder = new TemporaryFolder();
        var release = Write(folder);
        File.WriteAllBytes(release, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Release.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        CliRun.In(folder.Path, "fix", "pool.md", "--rule", "LOCAL001");

        var expected = Release.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("e-mail", "email", StringComparison.Ordinal);
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(Path.Combine(folder.Path, "pool.fixed.md")));
    }

    [Theory]
    [InlineData(new[] { "fix", "pool.md", "--all", "--rule", "PC0402" }, "--all applies every rule's first fix, so it cannot be given with --rule")]
    [InlineData(new[] { "fix", "pool.md", "--in-place", "-o", "other.md" }, "--in-place writes the release itself, so it cannot be given with --output")]
    [InlineData(new[] { "fix", "pool.md", "-o", "pool.md" }, "the output pool.md is the release itself (the same file, or a link to it): choose another --output, or give --in-place")]
    [InlineData(new[] { "fix", "pool.md", "--rule", "PC0420" }, "there is no rule PC0420.")]
    public void Fix_RefusesWhatCannotBeDone(string[] args, string message)
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("publicitycheck: " + message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_AWordRelease_IsRefusedWithWhatToUseInstead()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "pool.docx"), [0x50, 0x4B, 0x03, 0x04]);

        var run = CliRun.In(folder.Path, "fix", "pool.docx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fix edits Markdown releases (.md or .markdown), not pool.docx", run.Error, StringComparison.Ordinal);
    }

    [SarifMultitoolFact]
    public void CheckSarif_WithFixes_PassesSarifMultitoolValidateWithoutErrorOrWarning()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "check", "pool.md", "--format", "sarif", "-o", "pool.sarif");
        var sarif = File.ReadAllText(Path.Combine(folder.Path, "pool.sarif"));
        var (exitCode, output) = SarifMultitool.Validate(Path.Combine(folder.Path, "pool.sarif"));

        Assert.True(run.ExitCode is 0 or 1, run.Error);
        Assert.Contains("\"fixes\"", sarif, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.DoesNotMatch(@": (error|warning) SARIF\d+", output);
    }
}
