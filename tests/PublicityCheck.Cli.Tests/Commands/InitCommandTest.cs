using System.Text.Json;
using NJsonSchema;
using NodaTime;
using NodaTime.Testing;
using PublicityCheck.Cli;
using PublicityCheck.Cli.Commands;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public sealed class InitCommandTest : IDisposable
{
    private static readonly Instant SecondOfDecember2026 = Instant.FromUtc(2026, 12, 2, 9, 30);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string name) => Path.Combine(_folder.Path, name);

    /// <summary>Runs init on 2 December 2026 with <paramref name="options"/>.</summary>
    private CliRun Init(InitOptions options)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, IsTerminal: false, _folder.Path);
        int exit;
        try
        {
            exit = new InitCommand(console, new FakeClock(SecondOfDecember2026)).Run(options);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine(ex.Message);
            exit = 2;
        }

        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Init_WritesTheConfigurationItsSchemaAndARoster()
    {
        var run = CliRun.In(_folder.Path, "init");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(
            ["publicitycheck.json", "publicitycheck.schema.json", "roster.csv"],
            Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Init_WritesARosterWithOnlyTheHeaderTheRosterReaderKnows()
    {
        CliRun.In(_folder.Path, "init");

        Assert.Equal("name,title,kind,party,ward,role,portfolio,committee,from,to,candidateIn\n", File.ReadAllText(PathOf("roster.csv")));
    }

    [Fact]
    public void Init_WritesTheSchemaTheDocsHold()
    {
        CliRun.In(_folder.Path, "init");

        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "publicitycheck.schema.json")),
            File.ReadAllText(PathOf("publicitycheck.schema.json")));
    }

    [Fact]
    public void Init_ConfigurationLoadsWithCheck()
    {
        CliRun.In(_folder.Path, "init");
        _folder.Write("drafts/library.md", "# Library opens later on Thursdays\n\nDate: 3 March 2026\n\nThe library will open until 7pm on Thursdays.\n");

        var run = CliRun.In(_folder.Path, "check", "drafts");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Init_ConfigurationSaysWhatInitChose()
    {
        Init(new InitOptions { Policy = "county", Country = "wales" });

        var configuration = new ConfigurationResolver(PathOf("publicitycheck.json")).ForDocument(PathOf("publicitycheck.json"));

        Assert.Equal("county", configuration.EffectivePolicy.Name);
        var election = Assert.Single(configuration.Elections);
        Assert.Equal(("local-2027", new LocalDate(2027, 5, 6), Calendar.UkCountry.Wales), (election.Id, election.Poll, election.Country));
        Assert.Empty(configuration.People);
    }

    [Fact]
    public async Task Init_ConfigurationFollowsItsSchema_OnceItsNotesAreTakenOut()
    {
        Init(new InitOptions());
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(PathOf("publicitycheck.schema.json")));
        using var withoutNotes = JsonDocument.Parse(File.ReadAllText(PathOf("publicitycheck.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        var errors = schema.Validate(withoutNotes.RootElement.GetRawText());

        Assert.Empty(errors);
        Assert.Equal("./publicitycheck.schema.json", withoutNotes.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Init_ExplainsEachSettingInAComment()
    {
        Init(new InitOptions());
        var lines = File.ReadAllLines(PathOf("publicitycheck.json"));

        foreach (var setting in new[] { "\"$schema\"", "\"root\"", "\"policy\"", "\"roster\"", "\"elections\"", "\"rules\"", "\"exclude\"" })
        {
            var at = Array.FindIndex(lines, line => line.TrimStart().StartsWith(setting, StringComparison.Ordinal));
            Assert.True(at > 0, $"{setting} is not written");
            Assert.StartsWith("//", lines[at - 1].TrimStart(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Init_PrintsTheNextPollAndWhatToFillIn()
    {
        var run = Init(new InitOptions { Country = "scotland" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  local-2027: council elections on Thursday 6 May 2027; the pre-election period starts by Wednesday 24 March 2027.", run.OutLines);
        Assert.Contains("Fill in next:", run.OutLines);
        Assert.Contains(run.OutLines, line => line.StartsWith("  1. roster.csv: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Init_WritesIntoTheFolderGiven_MakingIt()
    {
        var run = CliRun.In(_folder.Path, "init", "--dir", "press-office/config");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(PathOf("press-office/config/publicitycheck.json")));
        Assert.Equal("Wrote in press-office/config:", run.OutLines[0]);
    }

    [Fact]
    public void Init_RefusesToOverwrite_AndWritesNothing()
    {
        var roster = _folder.Write("roster.csv", "name,role\nHelen Marsh,Leader\n");

        var run = CliRun.In(_folder.Path, "init");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Out));
        Assert.Equal("publicitycheck: roster.csv is already in this folder; nothing was written. Run with --force to replace it", run.Error.TrimEnd('\n'));
        Assert.Equal("name,role\nHelen Marsh,Leader\n", File.ReadAllText(roster));
        Assert.False(File.Exists(PathOf("publicitycheck.json")));
    }

    [Fact]
    public void Init_NamesEveryFileInTheWay()
    {
        CliRun.In(_folder.Path, "init");

        var run = CliRun.In(_folder.Path, "init");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("publicitycheck: publicitycheck.json, publicitycheck.schema.json and roster.csv are already in this folder;", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ReplacesTheFiles_WithForce()
    {
        _folder.Write("publicitycheck.json", "{ \"root\": true }");

        var run = CliRun.In(_folder.Path, "init", "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"roster\": \"roster.csv\"", File.ReadAllText(PathOf("publicitycheck.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--policy", "parish", "publicitycheck: --policy 'parish' is not one of borough, county, committee.")]
    [InlineData("--country", "walse", "publicitycheck: --country 'walse' is not one of england, wales, scotland, northern-ireland. Did you mean 'wales'?")]
    public void Init_RefusesAnUnknownValue_ListingTheValues(string option, string value, string message)
    {
        var run = CliRun.In(_folder.Path, "init", option, value);

        Assert.Equal((2, message), (run.ExitCode, run.Error.TrimEnd('\n')));
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void Init_OffersTheOtherScheduledPollsByTheirIdentifiers()
    {
        var run = Init(new InitOptions());

        Assert.Contains(run.OutLines, line => line.StartsWith("  pcc.2028-05-04: police and crime commissioner election; the period starts by Monday 27 March 2028.", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, line => line.StartsWith("  gla.2028-05-04: Mayor of London and London Assembly elections; the period starts by Monday 20 March 2028.", StringComparison.Ordinal));
    }

    [Fact]
    public void Init_OfferedPollsLoadOnceTheirSlashesAreTakenAway()
    {
        Init(new InitOptions());
        var text = File.ReadAllText(PathOf("publicitycheck.json"));
        File.WriteAllText(PathOf("publicitycheck.json"), text.Replace("// { \"id\"", "{ \"id\"", StringComparison.Ordinal));

        var configuration = new ConfigurationResolver(PathOf("publicitycheck.json")).ForDocument(PathOf("publicitycheck.json"));

        Assert.Equal(
            [("local-2027", Calendar.ElectionType.Local), ("pcc.2028-05-04", Calendar.ElectionType.Pcc), ("gla.2028-05-04", Calendar.ElectionType.Gla)],
            configuration.Elections.Select(e => (e.Id, e.Type)));
    }

    [Theory]
    [InlineData("scotland", "sp.2031-05-01: Scottish Parliament election")]
    [InlineData("northern-ireland", "nia.2027-05-06: Northern Ireland Assembly election")]
    [InlineData("wales", "pcc.2028-05-04: police and crime commissioner election")]
    public void Init_OffersTheDevolvedAndPccPollsOfTheCountry(string country, string offered)
    {
        var run = Init(new InitOptions { Country = country });

        Assert.Contains(run.OutLines, line => line.StartsWith("  " + offered, StringComparison.Ordinal));
    }
}
