using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Quotations;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Quotations;

/// <summary>The built-in "committee" policy: a council with no Cabinet, whose committees' chairs speak on their committees' work.</summary>
public class CommitteePolicyTest
{
    private static readonly LocalDate June2026 = new(2026, 6, 10);
    private static readonly LocalDate Appointed = new(2025, 5, 22);

    private static readonly Person MoiraGunn = new()
    {
        Id = "moira-gunn", Name = "Moira Gunn", Title = "Councillor", Ward = "Kestrel North",
        Roles = [new Role { Kind = RoleKind.CommitteeChair, Committee = "Environment and Neighbourhoods Committee", From = Appointed }],
    };

    private static readonly Person CallumRoss = new()
    {
        Id = "callum-ross", Name = "Callum Ross", Title = "Councillor", Ward = "Kestrel South",
        Roles = [new Role { Kind = RoleKind.CommitteeChair, Committee = "Housing Committee", From = Appointed }],
    };

    private static readonly Person EileenFraser = new()
    {
        Id = "eileen-fraser", Name = "Eileen Fraser", Title = "Councillor", Ward = "Harbour",
        Roles = [new Role { Kind = RoleKind.CommitteeChair, Committee = "General Purposes Committee", From = Appointed }],
    };

    private static readonly Person AngusBain = new() { Id = "angus-bain", Name = "Angus Bain", Title = "Councillor", Ward = "Harbour" };

    private static List<Diagnostic> Check(params string[] paragraphs)
    {
        var configuration = PublicityCheckConfiguration.Default with
        {
            People = [MoiraGunn, CallumRoss, EileenFraser, AngusBain],
            Policy = PolicyPackReader.BuiltIn("committee"),
        };
        var document = TestDocuments.FromParagraphs("release.md", paragraphs);
        var driver = new AnalyzerDriver([new PC0101SpeakerNotAllowed(), new PC0102CabinetMemberOutsidePortfolio(), new PC0103SpeakerBeyondCapacity()]);
        return [.. driver.Analyze(document, new AnalysisOptions(June2026, configuration))];
    }

    [Fact]
    public void TheChairOfTheCommitteeForTheService_QuotedInAGeneralRelease_IsAllowed()
    {
        var diagnostics = Check(
            "Bin collections move for the holiday",
            "Bin and recycling collections will run two days later in the week of the holiday.",
            "Councillor Moira Gunn said: \"Please check your new collection day on the council's website.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TheChairOfAnotherServicesCommittee_QuotedInAGeneralRelease_IsPC0103()
    {
        var diagnostics = Check(
            "Bin collections move for the holiday",
            "Bin and recycling collections will run two days later in the week of the holiday.",
            "Councillor Callum Ross said: \"Please check your new collection day on the council's website.\"");

        Findings.AssertAre(diagnostics, ("PC0103", 5, 1, 5, 23));
        Assert.Contains("as a committee chair in a general release", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChairOfACommitteeWhoseNameSaysNoService_IsGivenTheBenefitOfTheDoubt()
    {
        var diagnostics = Check(
            "Bin collections move for the holiday",
            "Bin and recycling collections will run two days later in the week of the holiday.",
            "Councillor Eileen Fraser said: \"Please check your new collection day on the council's website.\"");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ABackbenchCouncillor_IsPC0101_AdvisedToQuoteTheRelevantCommitteesChair()
    {
        var diagnostics = Check(
            "Bin collections move for the holiday",
            "Bin and recycling collections will run two days later in the week of the holiday.",
            "Councillor Angus Bain said: \"Please check your new collection day on the council's website.\"");

        var diagnostic = Assert.Single(diagnostics);
        Findings.AssertAt(diagnostic, "PC0101", 5, 1, 5, 22);
        Assert.Contains("the committee policy allows quotations from the Leader, the Deputy Leader, the committee's Chair, the relevant Cabinet Member or an officer", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("Quote Councillor Moira Gunn (Chair of Environment and Neighbourhoods Committee)", Assert.Single(diagnostic.Fixes).Title, StringComparison.Ordinal);
    }
}
