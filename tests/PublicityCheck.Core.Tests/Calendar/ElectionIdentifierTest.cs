using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Tests.Calendar;

public class ElectionIdentifierTest
{
    [Fact]
    public void Parse_ReadsEveryLocalElectionOnADay()
    {
        var id = ElectionIdentifier.Parse("local.2027-05-06");

        Assert.Equal((ElectionType.Local, (string?)null, (string?)null, new LocalDate(2027, 5, 6)), (id.Type!.Value, id.Organisation, id.Division, id.Poll));
    }

    [Fact]
    public void Parse_ReadsOneCouncilsElection()
    {
        var id = ElectionIdentifier.Parse("local.norfolk.2017-05-04");

        Assert.Equal(("norfolk", (string?)null, false), (id.Organisation, id.Division, id.IsByElection));
    }

    [Fact]
    public void Parse_ReadsOneBallot()
    {
        var id = ElectionIdentifier.Parse("local.norfolk.diss.2017-05-04");

        Assert.Equal(("norfolk", "diss", ElectionType.Local), (id.Organisation, id.Division, id.Type!.Value));
    }

    [Fact]
    public void Parse_ReadsALocalByElection()
    {
        var id = ElectionIdentifier.Parse("local.norfolk.diss.by.2017-05-04");

        Assert.Equal((true, ElectionType.ByElection, "diss"), (id.IsByElection, id.Type!.Value, id.Division));
    }

    [Fact]
    public void Parse_KnowsTheCountryOfAScottishParliamentElection()
    {
        var id = ElectionIdentifier.Parse("sp.2026-05-07");

        Assert.Equal((ElectionType.ScottishParliament, UkCountry.Scotland, new LocalDate(2026, 5, 7)), (id.Type!.Value, id.Country!.Value, id.Poll));
    }

    [Theory]
    [InlineData("sp.c.glasgow-kelvin.2021-05-06", "c", "glasgow-kelvin")]
    [InlineData("sp.r.lothian.2021-05-06", "r", "lothian")]
    [InlineData("gla.c.barnet-and-camden.2024-05-02", "c", "barnet-and-camden")]
    [InlineData("gla.a.2024-05-02", "a", null)]
    public void Parse_ReadsASubtypeAndItsDivision(string text, string subtype, string? division)
    {
        var id = ElectionIdentifier.Parse(text);

        Assert.Equal((subtype, division), (id.Subtype, id.Division));
    }

    [Fact]
    public void Parse_ReadsAParliamentaryByElectionInAConstituency()
    {
        var id = ElectionIdentifier.Parse("parl.hexham.by.2026-03-05");

        Assert.Equal((ElectionType.ParliamentaryByElection, "hexham", (UkCountry?)null), (id.Type!.Value, id.Division, id.Country));
    }

    [Fact]
    public void Parse_ReadsAScottishParliamentConstituencyByElection()
    {
        var id = ElectionIdentifier.Parse("sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05");

        Assert.Equal(
            (ElectionType.ScottishParliamentByElection, UkCountry.Scotland, "hamilton-larkhall-and-stonehouse", new LocalDate(2025, 6, 5)),
            (id.Type!.Value, id.Country!.Value, id.Division, id.Poll));
    }

    [Theory]
    [InlineData("sp.r.central-scotland.by.2025-06-05", "only a constituency seat of the Scottish Parliament is filled by a by-election (Scotland Act 1998 s.9)")]
    [InlineData("nia.belfast-south.by.2025-09-18", "filled by the nominee of the member's party or by the member's substitutes")]
    [InlineData("senedd.c.gwynedd-maldwyn.by.2027-03-04", "fills a vacant seat from the party's list, or leaves it empty until the next general election")]
    public void Parse_SaysWhyADevolvedByElectionIsNotTimed(string text, string reason)
    {
        var id = ElectionIdentifier.Parse(text);

        Assert.Null(id.Type);
        Assert.Contains(reason, id.WhyNoTimetable, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsAByElectionToTheSeneddElectedIn2021AsOneTimedFromItsNotice()
    {
        var id = ElectionIdentifier.Parse("senedd.c.caerphilly.by.2025-10-23");

        Assert.Equal((ElectionType.SeneddByElection, UkCountry.Wales, "caerphilly"), (id.Type!.Value, id.Country!.Value, id.Division));
    }

    [Theory]
    [InlineData("ref.2016-06-23", ElectionType.NationalReferendum)]
    [InlineData("ref.bedfordshire.2015-05-07", ElectionType.Referendum)]
    [InlineData("mayor.london.2024-05-02", ElectionType.Mayoral)]
    [InlineData("pcc.norfolk.2028-05-04", ElectionType.Pcc)]
    [InlineData("nia.2022-05-05", ElectionType.NorthernIrelandAssembly)]
    [InlineData("parl.2024-07-04", ElectionType.Parliamentary)]
    public void Parse_TimesEachTypeAsItsKindOfPoll(string text, ElectionType type)
    {
        Assert.Equal(type, ElectionIdentifier.Parse(text).Type);
    }

    [Theory]
    [InlineData("senedd.2026-05-07")]
    [InlineData("naw.2021-05-06")]
    public void Parse_TimesASeneddGeneralElectionInWales(string text)
    {
        var id = ElectionIdentifier.Parse(text);

        Assert.Equal((ElectionType.Senedd, UkCountry.Wales), (id.Type!.Value, id.Country!.Value));
        Assert.Null(id.WhyNoTimetable);
    }

    [Theory]
    [InlineData("local-2026", false)]
    [InlineData("sp.2026-05-07", true)]
    [InlineData("sp 2026", false)]
    public void IsIdentifierForm_TakesAFullStopToMeanAnIdentifier(string id, bool expected)
    {
        Assert.Equal(expected, ElectionIdentifier.IsIdentifierForm(id));
    }

    [Theory]
    [InlineData("locl.2026-05-07", "\"locl\" in \"locl.2026-05-07\" is not an election type: use parl, nia, sp")]
    [InlineData("local.2026-5-7", "must end with the polling day as YYYY-MM-DD, not \"2026-5-7\"")]
    [InlineData("local.norfolk", "must end with the polling day as YYYY-MM-DD, not \"norfolk\"")]
    [InlineData("local", "has no polling day")]
    [InlineData("local.2026-02-30", "\"2026-02-30\" in \"local.2026-02-30\" is not a day of the calendar")]
    [InlineData("pcc.norfolk.by.2028-05-04", "marks a by-election in one division, and pcc polls have no divisions")]
    [InlineData("gla.a.by.2024-05-02", "marks a by-election in one division, and gla.a polls have no divisions")]
    [InlineData("local.diss.by.2017-05-04", "names a division without its organisation: a by-election is local.[organisation].[division].by.[date]")]
    [InlineData("local.by.2017-05-04", "marks a by-election but names no division")]
    [InlineData("local.by.norfolk.2017-05-04", "\"by\" in \"local.by.norfolk.2017-05-04\" must come just before the date")]
    [InlineData("local.norfolk..2017-05-04", "has an empty part")]
    [InlineData("local.norfolk.2017-05-04.", "has an empty part at its end")]
    [InlineData("local.Norfolk.2017-05-04", "\"Norfolk\" in \"local.Norfolk.2017-05-04\" is not an identifier part: use lower-case letters, digits and hyphens")]
    [InlineData("sp.x.glasgow-kelvin.2021-05-06", "\"x\" in \"sp.x.glasgow-kelvin.2021-05-06\" is not a subtype of sp: use c or r")]
    [InlineData("sp.glasgow-kelvin.2021-05-06", "names a division without its subtype: sp.c|r.[division].[date]")]
    [InlineData("parl.north-east.hexham.2024-07-04", "parl identifiers name no organisation, only a division")]
    [InlineData("mayor.london.city.2024-05-02", "mayor identifiers name an organisation but no division")]
    [InlineData("gla.a.croydon.2024-05-02", "gla.a identifiers have no division")]
    [InlineData("local.norfolk.diss.east.2017-05-04", "local identifiers are local.[organisation].[division].[date]")]
    public void TryParse_SaysWhatIsWrongAndWhatWasExpected(string text, string expected)
    {
        Assert.False(ElectionIdentifier.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsAFormatExceptionWithTheReason()
    {
        var error = Assert.Throws<FormatException>(() => ElectionIdentifier.Parse("local.2026-13-01"));

        Assert.Contains("not a day of the calendar", error.Message, StringComparison.Ordinal);
    }
}
