using System.Text.Json;
using NJsonSchema;
using NodaTime;
using NodaTime.Testing;
using PublicityCheck.Cli;
using PublicityCheck.Cli.Commands;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public sealed class CalendarCommandTest : IDisposable
{
    private const string Configuration = """
        {
          "root": true,
          "elections": [
            { "id": "local-2026", "name": "Borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" },
            { "id": "abbey-2026", "name": "Abbey ward by-election", "poll": "2026-11-19", "type": "by-election", "country": "england", "wards": ["Abbey"] }
          ]
        }
        """;

    private readonly TemporaryFolder _folder = new();

    public CalendarCommandTest() => File.WriteAllText(Path.Combine(_folder.Path, "publicitycheck.json"), Configuration);

    public void Dispose() => _folder.Dispose();

    private static JsonElement Json(CliRun run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Calendar_ComputesAGeneralElectionTimetable()
    {
        var json = Json(CliRun.In(RepositoryPaths.Root, "calendar", "--poll", "2019-12-12", "--type", "parliamentary", "--format", "json"));

        Assert.Equal(
            """{"poll":"2019-12-12","type":"parliamentary","country":"england","dissolution":"2019-11-06","noticeNotBefore":null,"noticeOfElection":"2019-11-11","periodStart":"2019-11-06","periodEnd":"2019-12-12","writ":null}""",
            JsonSerializer.Serialize(WithoutRule(json)));
        Assert.StartsWith("dissolution on the 25th working day before the poll", json.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_GivesNoDissolutionForALocalElection()
    {
        var json = Json(CliRun.In(RepositoryPaths.Root, "calendar", "--poll", "2022-05-05", "--type", "local", "--country", "scotland", "--format", "json"));

        Assert.Equal((JsonValueKind.Null, "2022-03-23"), (json.GetProperty("dissolution").ValueKind, json.GetProperty("periodStart").GetString()));
    }

    [Fact]
    public void Calendar_ListsTheConfiguredElectionsInForceOnADate()
    {
        var json = Json(CliRun.In(_folder.Path, "calendar", "--on", "2026-04-01", "--format", "json"));

        var inForce = json.GetProperty("elections").EnumerateArray().Select(e => (e.GetProperty("id").GetString(), e.GetProperty("inForce").GetBoolean()));
        Assert.Equal([("local-2026", true), ("abbey-2026", false)], inForce);
    }

    [Fact]
    public void Calendar_ReadsTheFileGivenWithConfig()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--config", Path.Combine(_folder.Path, "publicitycheck.json"), "--on", "2026-11-19");

        Assert.Contains("abbey-2026 by-election   england          2026-11-19 2026-10-15 to 2026-11-19 in force", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_TakesTodayFromTheClock()
    {
        using var stdout = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 29, 23, 30));
        var command = new CalendarCommand(new CliConsole(stdout, TextWriter.Null, false, _folder.Path), clock);

        command.Run(new CalendarOptions { Format = "json" });

        // 23:30 UTC on 29 March 2026 is already 30 March in London (BST), the first day of the period.
        Assert.Contains("\"on\": \"2026-03-30\"", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"inForce\": true", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_TimesTheCaerphillySeneddByElectionFromTheNoticeGiven()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--election", "senedd.c.caerphilly.by.2025-10-23", "--start", "2025-09-18");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("type", StringComparison.Ordinal) && l.EndsWith("senedd-by-election", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("periodStart", StringComparison.Ordinal) && l.EndsWith("2025-09-18", StringComparison.Ordinal));
    }

    [Fact]
    public void Calendar_AsksForTheNoticeOfASeneddByElection()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--election", "senedd.c.caerphilly.by.2025-10-23");

        Assert.Equal((2, "publicitycheck: a Senedd by-election's notice of election is timed by a rule PublicityCheck has not confirmed from its source, so give --start: the day the notice of election was published"), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Calendar_ExitsTwoForAnUnknownType()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--poll", "2026-05-07", "--type", "council");

        Assert.Equal((2, "publicitycheck: --type 'council' is not one of local, parliamentary, by-election, mayoral, pcc, referendum, scottish-parliament, ni-assembly, gla, parliamentary-by-election, neighbourhood-referendum, national-referendum, scottish-parliament-by-election, senedd, senedd-by-election, council-tax-referendum"), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Calendar_PrintsTheTimetableOfAnElectionIdentifier()
    {
        var json = Json(CliRun.In(RepositoryPaths.Root, "calendar", "--election", "sp.2026-05-07", "--format", "json"));

        Assert.Equal(("scottish-parliament", "scotland", "2026-03-25"), (json.GetProperty("type").GetString(), json.GetProperty("country").GetString(), json.GetProperty("periodStart").GetString()));
    }

    [Fact]
    public void Calendar_PrintsTheNoticeWindowOfAScottishParliamentByElection()
    {
        var json = Json(CliRun.In(RepositoryPaths.Root, "calendar", "--election", "sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05", "--format", "json"));

        Assert.Equal(
            ("scottish-parliament-by-election", "2025-04-11", "2025-04-24"),
            (json.GetProperty("type").GetString(), json.GetProperty("noticeNotBefore").GetString(), json.GetProperty("noticeOfElection").GetString()));
    }

    [Fact]
    public void Calendar_PrintsTheNoticeOfASeneddGeneralElection()
    {
        var json = Json(CliRun.In(RepositoryPaths.Root, "calendar", "--election", "senedd.2026-05-07", "--format", "json"));

        Assert.Equal(("senedd", "wales", "2026-03-30"), (json.GetProperty("type").GetString(), json.GetProperty("country").GetString(), json.GetProperty("periodStart").GetString()));
    }

    [Fact]
    public void Calendar_ExitsTwoForANorthernIrelandAssemblyByElection()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--election", "nia.belfast-south.by.2025-09-18");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("filled by the nominee of the member's party or by the member's substitutes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_PrintsTheGlaTimetableAsATable()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--election", "gla.2028-05-04");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("noticeOfElection  2028-03-20", run.Out, StringComparison.Ordinal);
        Assert.Contains("Greater London Authority Elections Rules 2007", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_CountsAParliamentaryByElectionFromItsWrit()
    {
        var json = Json(CliRun.In(RepositoryPaths.Root, "calendar", "--election", "parl.hexham.by.2026-02-26", "--writ", "2026-01-22", "--format", "json"));

        Assert.Equal(("2026-01-22", "2026-01-26"), (json.GetProperty("writ").GetString(), json.GetProperty("periodStart").GetString()));
    }

    [Fact]
    public void Calendar_ExitsTwoForAByElectionWithoutItsWrit()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--election", "parl.hexham.by.2026-02-26");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --writ (the day it was received) or --start", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_ExitsTwoForAMisspeltIdentifier()
    {
        var run = CliRun.In(RepositoryPaths.Root, "calendar", "--election", "sp.2026-02-30");

        Assert.Equal((2, "publicitycheck: --election 'sp.2026-02-30' is not an election identifier: \"2026-02-30\" in \"sp.2026-02-30\" is not a day of the calendar"), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Calendar_ListsThePollsAnElectionIsCombinedWith()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "publicitycheck.json"), """
            { "root": true, "elections": [ { "id": "gla.2028-05-04" }, { "id": "local.hounslow.cranford.by.2028-05-04", "country": "england", "wards": ["Cranford"] } ] }
            """);

        var json = Json(CliRun.In(_folder.Path, "calendar", "--on", "2028-03-21", "--format", "json"));

        var byElection = json.GetProperty("elections").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "local.hounslow.cranford.by.2028-05-04");
        Assert.Equal(("2028-03-20", "gla.2028-05-04", true), (byElection.GetProperty("periodStart").GetString(), byElection.GetProperty("combinedWith")[0].GetString(), byElection.GetProperty("inForce").GetBoolean()));
    }

    [Fact]
    public void Calendar_ExitsTwoForABadDate()
    {
        Assert.Equal(2, CliRun.In(RepositoryPaths.Root, "calendar", "--on", "1 April").ExitCode);
    }

    [Fact]
    public void Calendar_ExitsTwoForAnInvalidElection()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "publicitycheck.json"), """{ "elections": [ { "id": "x", "poll": "2026-05-07", "type": "local", "country": "kent" } ] }""");

        var run = CliRun.In(_folder.Path, "calendar");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.elections[0].country: \"kent\" is not a country", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_AcceptsAnElectionGivenByItsIdentifierAlone()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "docs", "publicitycheck.schema.json"));

        Assert.Empty(schema.Validate("""{ "elections": [ { "id": "sp.2026-05-07" }, { "id": "parl.hexham.by.2026-02-26", "country": "england", "writ": "2026-01-22" } ] }"""));
    }

    [Fact]
    public async Task Schema_AcceptsAScottishParliamentByElectionGivenByItsType()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "docs", "publicitycheck.schema.json"));

        Assert.Empty(schema.Validate("""{ "elections": [ { "id": "hamilton-2025", "poll": "2025-06-05", "type": "scottish-parliament-by-election", "country": "scotland", "start": "2025-04-17" } ] }"""));
    }

    [Fact]
    public async Task Schema_RejectsAnIdentifierThatDoesNotEndWithItsDate()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "docs", "publicitycheck.schema.json"));

        Assert.NotEmpty(schema.Validate("""{ "elections": [ { "id": "sp.may-2026" } ] }"""));
    }

    private static Dictionary<string, JsonElement> WithoutRule(JsonElement json) =>
        json.EnumerateObject().Where(p => p.Name != "rule").ToDictionary(p => p.Name, p => p.Value);

    [Fact]
    public async Task Schema_AcceptsTheElectionsAndCalendarSettings()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "docs", "publicitycheck.schema.json"));
        var json = Configuration.Replace("\"root\": true,", "\"root\": true, \"calendar\": { \"extraDiesNon\": [\"2022-09-19\"], \"noticeWorkingDays\": 15 },", StringComparison.Ordinal);

        Assert.Empty(schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}"));
    }
}
