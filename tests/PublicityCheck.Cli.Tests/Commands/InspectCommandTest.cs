using System.Text.Json;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class InspectCommandTest
{
    private const string Release = """
        ---
        title: Loughborough Leisure Centre reopens
        publish: 2026-03-09
        ---
        # Loughborough Leisure Centre reopens

        The **pool** reopens on Monday. Cllr. Jane Smith will cut the ribbon at 10 a.m. on the day.
        """;

    private static JsonElement Inspect(TemporaryFolder folder)
    {
        folder.Write("leisure.md", Release);
        var run = CliRun.In(folder.Path, "inspect", "leisure.md", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Inspect_PrintsTheMetadata()
    {
        using var folder = new TemporaryFolder();

        var model = Inspect(folder);

        Assert.Equal("leisure.md", model.GetProperty("path").GetString());
        Assert.Equal("markdown", model.GetProperty("format").GetString());
        Assert.Equal("Loughborough Leisure Centre reopens", model.GetProperty("title").GetString());
        Assert.Equal("2026-03-09", model.GetProperty("publishOn").GetString());
    }

    [Fact]
    public void Inspect_PrintsBlocksWithFlattenedTextAndLocations()
    {
        using var folder = new TemporaryFolder();

        var blocks = Inspect(folder).GetProperty("blocks");

        Assert.Equal("heading", blocks[0].GetProperty("kind").GetString());
        Assert.Equal(1, blocks[0].GetProperty("level").GetInt32());
        Assert.Equal("paragraph", blocks[1].GetProperty("kind").GetString());
        Assert.StartsWith("The pool reopens", blocks[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, blocks[1].GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Inspect_PrintsSentencesSplitPastAbbreviations()
    {
        using var folder = new TemporaryFolder();

        var sentences = Inspect(folder).GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();

        Assert.Equal(["Loughborough Leisure Centre reopens", "The pool reopens on Monday.", "Cllr. Jane Smith will cut the ribbon at 10 a.m. on the day."], sentences);
    }

    [Fact]
    public void Inspect_ScoresEachSentenceForPartyPoliticalLanguage()
    {
        using var folder = new TemporaryFolder();
        folder.Write("attack.md", "# Pool reopens\n\nThe pool reopens on Monday. The failed Labour administration wasted millions before voters threw them out.\n");

        var run = CliRun.In(folder.Path, "inspect", "attack.md", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var sentences = JsonDocument.Parse(run.Out).RootElement.GetProperty("sentences").EnumerateArray()
            .ToDictionary(s => s.GetProperty("text").GetString()!, s => (Score: s.GetProperty("partisanScore").GetDouble(), Partisan: s.GetProperty("partisan").GetBoolean()));
        Assert.False(sentences["The pool reopens on Monday."].Partisan);
        Assert.True(sentences["The failed Labour administration wasted millions before voters threw them out."].Partisan);
        Assert.True(sentences["The failed Labour administration wasted millions before voters threw them out."].Score > sentences["The pool reopens on Monday."].Score);
    }

    [Fact]
    public void Inspect_ExitsTwoForAFileThatDoesNotExist()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal(2, CliRun.In(folder.Path, "inspect", "missing.md").ExitCode);
    }

    private static JsonElement InspectSample(params string[] args)
    {
        var run = CliRun.In(RepositoryPaths.Root, ["inspect", .. args]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Inspect_PrintsQuotesWithTheirSpeakersFromTheRoster()
    {
        var quotes = InspectSample("samples/2026-03-16-allotments-backbench-quote.md").GetProperty("quotes");

        var speaker = quotes[0].GetProperty("speaker");
        Assert.Equal("Councillor Tom Reid", speaker.GetProperty("name").GetString());
        Assert.Equal("tom-reid", speaker.GetProperty("personId").GetString());
        Assert.Equal("Councillor", speaker.GetProperty("roles")[0].GetString());
        Assert.Equal("Sam Whitaker", quotes[1].GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public void Inspect_PrintsTheRolesHeldOnThePublicationDate()
    {
        var before = InspectSample("samples/2026-06-02-leader-role-out-of-date.md", "--publish-on", "2026-05-20").GetProperty("quotes")[0];
        var after = InspectSample("samples/2026-06-02-leader-role-out-of-date.md").GetProperty("quotes")[0];

        Assert.Equal("Leader of the Council", before.GetProperty("speaker").GetProperty("roles")[0].GetString());
        Assert.Equal("Councillor", after.GetProperty("speaker").GetProperty("roles")[0].GetString());
        Assert.Equal("Leader of the Council", after.GetProperty("speaker").GetProperty("roleText").GetString());
    }

    [Fact]
    public void Inspect_PrintsHowEachSpeakerWasAttributedAndTheMarksRepaired()
    {
        using var folder = new TemporaryFolder();
        folder.Write("market.md", """
            # Market hall reopens

            The Lord Mayor of Kestrel Bay, Councillor Deborah Quinn, reopened the market hall on Saturday.

            “Traders are back where they belong,“ said the Lord Mayor.
            """);

        var run = CliRun.In(folder.Path, "inspect", "market.md", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var quote = JsonDocument.Parse(run.Out).RootElement.GetProperty("quotes")[0];
        Assert.Equal("Councillor Deborah Quinn", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("title", quote.GetProperty("speaker").GetProperty("attributedBy").GetString());
        Assert.Empty(quote.GetProperty("signatories").EnumerateArray());
        var repair = Assert.Single(quote.GetProperty("repairs").EnumerateArray());
        Assert.Equal("misdirectedClose", repair.GetProperty("kind").GetString());
        Assert.Equal(5, repair.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(37, repair.GetProperty("location").GetProperty("column").GetInt32());
    }

    [Fact]
    public void Inspect_PrintsWhatTheReleaseIsAbout()
    {
        var model = InspectSample("samples/2026-02-20-scrutiny-review-flood-resilience.md");

        Assert.Equal("scrutiny", model.GetProperty("category").GetString());
        Assert.Contains("environment-and-waste", model.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Inspect_PrintsThePreElectionPeriodInForce()
    {
        var model = InspectSample("samples/pre-election/2026-04-14-food-waste-scheme.md");

        var period = model.GetProperty("electionPeriods")[0];
        Assert.Equal("borough-2026", period.GetProperty("election").GetString());
        Assert.Equal("2026-03-30", period.GetProperty("start").GetString());
        Assert.Equal("2026-05-07", period.GetProperty("end").GetString());
        Assert.Equal("2026-04-14", model.GetProperty("publishOn").GetString());
    }

    [Fact]
    public void Inspect_SaysWhereThePublicationDateCameFrom()
    {
        var stated = InspectSample("samples/2026-03-16-allotments-backbench-quote.md");
        var given = InspectSample("samples/2026-03-16-allotments-backbench-quote.md", "--publish-on", "2026-04-01");

        Assert.Equal(("frontMatter", "publish"), (stated.GetProperty("publishOnSource").GetString(), stated.GetProperty("publishOnDetail").GetString()));
        Assert.Equal("option", given.GetProperty("publishOnSource").GetString());
        Assert.Equal("2026-04-01", given.GetProperty("checkedAsOf").GetString());
    }

    [Fact]
    public void Inspect_LocatesTheDatelineThePublicationDateCameFrom()
    {
        var model = InspectSample("samples/2026-03-10-temporary-accommodation-homes-draft.md");

        Assert.Equal("dateline", model.GetProperty("publishOnSource").GetString());
        Assert.Equal("Embargoed until 00:01, Tuesday 10 March 2026", model.GetProperty("publishOnDetail").GetString());
        var location = model.GetProperty("publishOnLocation");
        Assert.Equal((5, 1, 5, 45), (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32(), location.GetProperty("endLine").GetInt32(), location.GetProperty("endColumn").GetInt32()));
    }
}
