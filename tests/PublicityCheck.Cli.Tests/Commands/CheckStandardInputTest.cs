using System.Text;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Commands;

/// <summary><c>check -</c>: one release on standard input, as an editor or a pipe gives it, named by <c>--stdin-filename</c>.</summary>
public sealed class CheckStandardInputTest : IDisposable
{
    private const string MarketRelease = """
        # Council agrees new lease for Corn Exchange market

        Date: 12 March 2026

        Cabinet agreed on Wednesday to grant a new ten-year lease for the Corn Exchange indoor market.

        The rent is set out in the Part II report and will not be published.
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Dash_ChecksTheReleaseOnStandardInput_UnderTheNameGiven()
    {
        var run = CliRun.WithInput(_folder.Path, Utf8(MarketRelease), "check", "-", "--stdin-filename", "press/corn-exchange.md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("press/corn-exchange.md(7,28): warning PC0401: 'Part II report'", run.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("1 file checked: 0 errors, 1 warning, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Dash_FindsTheConfigurationFromTheNameGiven()
    {
        _folder.Write("press/publicitycheck.json", """{ "rules": { "PC0401": "error" } }""");

        var run = CliRun.WithInput(_folder.Path, Utf8(MarketRelease), "check", "-", "--stdin-filename", "press/corn-exchange.md");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("press/corn-exchange.md(7,28): error PC0401:", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_ReadsMarkdownNamedStdin_WithoutAName()
    {
        var run = CliRun.WithInput(_folder.Path, Utf8(MarketRelease), "check", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<stdin>(7,28): warning PC0401:", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_ReadsAWordRelease_WhenTheNameIsDocx()
    {
        var word = new WordDocumentBuilder()
            .Header("OFFICIAL-SENSITIVE")
            .Paragraph("Council agrees new lease for Corn Exchange market")
            .Body(P(Run("Cabinet agreed on Wednesday to grant a new ten-year lease for the Corn Exchange indoor market.")))
            .Build();

        var run = CliRun.WithInput(_folder.Path, word, "check", "-", "--stdin-filename", "drafts/corn-exchange.docx");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("drafts/corn-exchange.docx(1,1): error PC0402: 'OFFICIAL-SENSITIVE'", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_GivesPC0001_ForInputOverTheSizeLimit()
    {
        var huge = new byte[(50 * 1024 * 1024) + 1];
        Array.Fill(huge, (byte)'a');

        var run = CliRun.WithInput(_folder.Path, huge, "check", "-", "--stdin-filename", "huge.md");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("huge.md: error PC0001:", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("50 MB", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_GoesAlone()
    {
        _folder.Write("press/market.md", MarketRelease);

        var run = CliRun.WithInput(_folder.Path, Utf8(MarketRelease), "check", "-", "press/market.md");

        Assert.Equal((2, "publicitycheck: '-' reads one release from standard input, so it goes alone: check the files in another run"), (run.ExitCode, run.Error.TrimEnd('\n')));
    }

    [Fact]
    public void StdinFilename_NeedsTheDash()
    {
        _folder.Write("press/market.md", MarketRelease);

        var run = CliRun.In(_folder.Path, "check", "press/market.md", "--stdin-filename", "press/market.md");

        Assert.Equal((2, "publicitycheck: --stdin-filename names the release read from standard input: give '-' as the path too"), (run.ExitCode, run.Error.TrimEnd('\n')));
    }

    [Fact]
    public void StdinFilename_OfAKindNotRead_IsRefused()
    {
        var run = CliRun.WithInput(_folder.Path, Utf8(MarketRelease), "check", "-", "--stdin-filename", "notes.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("publicitycheck: --stdin-filename notes.txt is not a kind of file that is read (only .md, .markdown, .docx, .docm)", run.Error.TrimEnd('\n'));
    }
}
