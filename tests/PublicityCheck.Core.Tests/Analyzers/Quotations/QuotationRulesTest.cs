using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Quotations;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Quotations;

public class QuotationRulesTest
{
    private static readonly LocalDate March2026 = new(2026, 3, 3);

    private static List<Diagnostic> Check(LocalDate publishOn, PublicityCheckConfiguration configuration, params string[] paragraphs)
    {
        var document = TestDocuments.FromParagraphs("release.md", paragraphs);
        var driver = new AnalyzerDriver([new PC0101SpeakerNotAllowed(), new PC0102CabinetMemberOutsidePortfolio(), new PC0103SpeakerBeyondCapacity(), new PC0104QuotationNotAttributed(), new PC0105SpeakerNotInRoster(), new PC0106StatedRoleNotHeld(), new PC0107LocalMemberNotInvited(), new PC0108QuotationsFromOneGroup()]);
        return [.. driver.Analyze(document, new AnalysisOptions(publishOn, configuration))];
    }

    private static List<Diagnostic> Check(params string[] paragraphs) => Check(March2026, WreakeValley.Configuration(), paragraphs);

    [Fact]
    public void TheLeaderQuotedInAGeneralRelease_IsAllowed()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "Councillor Helen Marsh, Leader of the Council, said: \"The new pool is a great day for Easterby.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ABackbenchCouncillorQuotedInAGeneralRelease_IsPC0101()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "Councillor Tom Reid said: \"I am delighted to see the pool open again.\"");

        var diagnostic = Assert.Single(diagnostics);
        Findings.AssertAt(diagnostic, "PC0101", 3, 1, 3, 20);
        Assert.Equal("Councillor Tom Reid", diagnostic.Text);
        Assert.Equal("Councillor Tom Reid is quoted in a general release; the borough policy allows quotations from the Leader, the Deputy Leader, the relevant Cabinet Member or an officer", diagnostic.Message);
    }

    [Fact]
    public void ACabinetMemberQuotedInAScrutinyRelease_IsPC0101()
    {
        var diagnostics = Check(
            "Scrutiny review of leisure centre charges",
            "The Scrutiny Commission has published its review of leisure centre charges.",
            "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"We will respond to the review in full.\"");

        Findings.AssertAre(diagnostics, ("PC0101", 5, 1, 5, 24));
        Assert.StartsWith("Councillor Priya Mistry (Cabinet Member for Leisure and Culture) is quoted in a scrutiny release;", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheScrutinyChairQuotedInAScrutinyRelease_IsAllowed()
    {
        var diagnostics = Check(
            "Scrutiny review of leisure centre charges",
            "The Scrutiny Commission has published its review of leisure centre charges.",
            "Councillor Sarah Beaumont, Chair of the Scrutiny Commission, said: \"Residents told us prices were a barrier.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TheScrutinyChairQuotedOnACabinetDecision_IsPC0103()
    {
        var diagnostics = Check(
            "Cabinet agrees new bin collection rounds",
            "Cabinet agreed new bin collection rounds and garden waste collections on Thursday.",
            "Councillor Sarah Beaumont said: \"This is good news for residents.\"");

        var diagnostic = Assert.Single(diagnostics);
        Findings.AssertAt(diagnostic, "PC0103", 5, 1, 5, 26);
        Assert.Contains("as a scrutiny chair in a general release", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAreaCommitteesChair_OnWorkTheLeadGivesThatCommittee_IsAllowed()
    {
        var diagnostics = Check(
            March2026,
            PublicityCheckConfiguration.Default,
            "Community grants for Hollin villages",
            "Eleven village groups were awarded grants at the Hollin Area Committee on Tuesday.",
            "Councillor Ruth Aske, Chair of the Hollin Area Committee, said: \"Every group that applied has been helped.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AnAreaCommitteesChair_OnAnotherAreaCommitteesWork_IsPC0103()
    {
        var diagnostics = Check(
            March2026,
            PublicityCheckConfiguration.Default,
            "Community grants for Easterby groups",
            "Eleven community groups were awarded grants at the Easterby Area Committee on Tuesday.",
            "Councillor Ruth Aske, Chair of the Hollin Area Committee, said: \"Every group that applied has been helped.\"");

        Findings.AssertAre(diagnostics, ("PC0103", 5, 1, 5, 21));
    }

    [Fact]
    public void AChairsOwnRoleInTheLead_DoesNotMakeTheReleaseTheirCommittees()
    {
        var diagnostics = Check(
            March2026,
            PublicityCheckConfiguration.Default,
            "Christmas bin collections",
            "Councillor Ruth Aske, Chair of the Hollin Area Committee, said: \"Please check your new collection day.\"",
            "Collections move by two days over Christmas.");

        Findings.AssertAre(diagnostics, ("PC0103", 3, 1, 3, 21));
    }

    [Fact]
    public void ASpeakerInAPartyRole_IsPC0103()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "Councillor Tom Reid, Leader of the Labour Group, said: \"The pool is open at last.\"");

        Findings.AssertAre(diagnostics, ("PC0103", 3, 1, 3, 20));
    }

    [Fact]
    public void AnUnnamedPartySpokesperson_IsPC0103_NamedOnceByTheirRole()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "A Liberal Democrat councillors' spokesman said: \"The pool is open at last.\"");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PC0103");
        Findings.AssertAt(diagnostic, "PC0103", 3, 3, 3, 42);
        Assert.StartsWith("The Liberal Democrat councillors' spokesman is quoted in a party role;", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACabinetMemberQuotedOutsideTheirPortfolio_IsPC0102()
    {
        var diagnostics = Check(
            "Christmas bin collections",
            "Bin collections move by a day over Christmas, and garden waste collections pause until January.",
            "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"Please check your collection day online.\"");

        var diagnostic = Assert.Single(diagnostics);
        Findings.AssertAt(diagnostic, "PC0102", 5, 1, 5, 24);
        Assert.Contains("environment and waste", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACabinetMembersPortfolioStatedInTheLead_IsNotTheReleasesTopic()
    {
        var diagnostics = Check(
            "Christmas bin collections",
            "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"Please check your bin collection day online.\"",
            "Bin collections move by a day over Christmas, and garden waste collections pause until January.");

        Findings.AssertAre(diagnostics, ("PC0102", 3, 1, 3, 24));
    }

    [Fact]
    public void ACabinetMemberQuotedOnTheirPortfolio_IsAllowed()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "The leisure centre and its swimming pool reopen on Monday after a refurbishment.",
            "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"The new pool is a great day for Easterby.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AnUnattributedQuotation_IsPC0104()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "\"The new pool is a great day for Easterby and everyone who swims here.\"");

        Findings.AssertAre(diagnostics, ("PC0104", 3, 1, 3, 72));
    }

    [Fact]
    public void ResidentsCommentsUnderALeadInThatNamesThem_AreNotPC0104()
    {
        var diagnostics = Check(
            "Library survey: what our readers value most",
            "More than 900 people answered the library service’s survey in January.",
            "What you told us",
            "\"The library is where I go to learn something new every week.\"",
            "\"My children found their love of reading at story time here.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void QuotationsUnderALeadInThatNamesCouncillors_AreStillPC0104()
    {
        var diagnostics = Check(
            "Library survey: what our readers value most",
            "Comments from councillors",
            "\"The library is where I go to learn something new every week.\"");

        Findings.AssertAre(diagnostics, ("PC0104", 5, 1, 5, 63));
    }

    [Fact]
    public void TheCivicHeadQuotedInACivicRelease_IsAllowed()
    {
        var diagnostics = Check(
            "Mayor opens community garden at Elm Park",
            "The Mayor of Wreake Valley, Councillor Joan Pritchard, has opened a community garden built by volunteers.",
            "\"It was a pleasure to meet the volunteers who built this garden,\" she said.");

        Assert.DoesNotContain(diagnostics, d => d.Id == "PC0101");
    }

    [Fact]
    public void TheCivicHeadQuotedInAGeneralRelease_IsPC0101()
    {
        var diagnostics = Check(
            "New recycling rounds start on Monday",
            "Food waste will be collected every week from Monday 9 March.",
            "Councillor Joan Pritchard, Mayor of Wreake Valley, said: \"Every household can now recycle its food waste.\"");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PC0101");
        Assert.Contains("is quoted in a general release", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspelledSpeaker_IsPC0105WithASuggestion()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "Councillor Helen Mash, Leader of the Council, said: \"The new pool is a great day for Easterby.\"");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PC0105");
        Findings.AssertAt(diagnostic, "PC0105", 3, 1, 3, 22);
        Assert.Contains("did you mean Councillor Helen Marsh?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Councillor Helen Marsh", diagnostic.Suggestion);
    }

    [Fact]
    public void APostNobodyInTheRosterHolds_IsPC0105AskingForTheHoldersName()
    {
        var diagnostics = Check(
            "Road repairs begin on the A607",
            "The council's Cabinet Member for Highways visited the A607 on Monday as repairs began.",
            "\"These repairs will make the road safer for everyone who uses it,\" he said.");

        var diagnostic = Assert.Single(diagnostics);
        Findings.AssertAt(diagnostic, "PC0105", 5, 1, 5, 67);
        Assert.Equal("The post of Cabinet Member for Highways is not in the roster on the publication date; name its holder, so their role on the day can be checked", diagnostic.Message);
    }

    [Fact]
    public void NoRosterConfigured_SaysNothingAboutUnknownSpeakers()
    {
        var diagnostics = Check(
            March2026,
            PublicityCheckConfiguration.Default,
            "Easterby Leisure Centre reopens",
            "Councillor Helen Marsh, Leader of the Council, said: \"The new pool is a great day for Easterby.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ARoleNoLongerHeld_StatedOnceForTwoQuotations_IsOnePC0106()
    {
        var diagnostics = Check(
            new LocalDate(2026, 5, 21),
            WreakeValley.Configuration(),
            "Easterby Leisure Centre reopens",
            "Councillor Helen Marsh, Leader of the Council, opened the new pool on Monday.",
            "Helen said: \"The new pool is a great day for Easterby.\"",
            "Helen added: \"We will open earlier on weekdays from April.\"");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PC0106");
        Findings.AssertAt(diagnostic, "PC0106", 3, 25, 3, 46);
    }

    [Fact]
    public void TheSameReleaseAfterTheLeaderChanged_IsPC0106()
    {
        string[] release =
        [
            "Easterby Leisure Centre reopens",
            "Councillor Helen Marsh, Leader of the Council, said: \"The new pool is a great day for Easterby.\"",
        ];

        var before = Check(new LocalDate(2026, 5, 20), WreakeValley.Configuration(), release);
        var after = Check(new LocalDate(2026, 5, 21), WreakeValley.Configuration(), release);

        Assert.Empty(before);
        var diagnostic = Assert.Single(after, d => d.Id == "PC0106");
        Findings.AssertAt(diagnostic, "PC0106", 3, 25, 3, 46);
        Assert.Equal("Leader of the Council", diagnostic.Text);
        Assert.Contains("on 21 May 2026 the roster gives them: Councillor (Leader of the Council until 20 May 2026)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOfficerQuotedInAnyRelease_IsAllowed()
    {
        var diagnostics = Check(
            "Scrutiny review of bin collections",
            "The Scrutiny Commission has published its review of bin collections.",
            "Mark Ellison, the council's Head of Environmental Services, said: \"We will study the recommendations.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AQuoteFromAnUnnamedSpokesperson_IsNotLookedUpInTheRoster()
    {
        var diagnostics = Check(
            "Easterby Leisure Centre reopens",
            "\"The pool will open at 7am on weekdays,\" said a council spokesperson.");

        Assert.DoesNotContain(diagnostics, d => d.Id == "PC0105");
    }

    private static readonly PublicityCheck.People.Person FoodBankDirector = new()
    {
        Id = "amira-haddad",
        Name = "Amira Haddad",
        Title = "Director of the Mardale Food Bank",
        Kind = PublicityCheck.People.PersonKind.External,
    };

    [Fact]
    public void AnOutsideSpeakerQuotedWithTheirOwnTitle_IsNotTestedAgainstCouncilRoles()
    {
        var configuration = WreakeValley.Configuration() with { People = [.. WreakeValley.Configuration().People, FoodBankDirector] };

        var diagnostics = Check(
            March2026,
            configuration,
            "Food bank opens a second site in Mardale",
            "Amira Haddad, Director of the Mardale Food Bank, said: \"The second site means shorter queues for families.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TwoPeopleOfOneNameInTheRoster_AreToldApartByWard()
    {
        var configuration = PublicityCheckConfiguration.Default with
        {
            People =
            [
                new PublicityCheck.People.Person { Id = "john-smith-mardale", Name = "John Smith", Title = "Councillor", Ward = "Mardale" },
                new PublicityCheck.People.Person { Id = "john-smith-easterby", Name = "John Smith", Title = "Councillor", Ward = "Easterby North" },
            ],
        };

        var diagnostics = Check(
            March2026,
            configuration,
            "Easterby Leisure Centre reopens",
            "Councillor John Smith said: \"The pool is open again.\"");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PC0105");
        Assert.Equal("Councillor John Smith is not in the roster: the name fits Councillor John Smith (Mardale) and Councillor John Smith (Easterby North); give the full name", diagnostic.Message);
    }
}
