using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Policies;

namespace PublicityCheck.Tests.Support;

/// <summary>The roster of the fictional Wreake Valley Borough Council, as tests of the quotation rules use it.</summary>
public static class WreakeValley
{
    public static readonly LocalDate AnnualMeeting2023 = new(2023, 5, 18);

    /// <summary>
    /// Borough elections on Thursday 7 May 2026: the notice of election is due by Monday 30 March 2026, when the
    /// pre-election period starts (25 working days before the poll, with Good Friday 3 April, Easter Monday 6 April
    /// and the early May bank holiday 4 May left out).
    /// </summary>
    public static readonly Election BoroughElections2026 = new("local-2026", "the borough council elections", new LocalDate(2026, 5, 7), ElectionType.Local, UkCountry.England);

    public static readonly Person HelenMarsh = new()
    {
        Id = "helen-marsh", Name = "Helen Marsh", Title = "Councillor", Party = "Liberal Democrat", Ward = "Easterby North",
        Roles = [new Role { Kind = RoleKind.Leader, From = AnnualMeeting2023, To = new LocalDate(2026, 5, 20) }],
    };

    public static readonly Person RajeshPatel = new()
    {
        Id = "rajesh-patel", Name = "Rajesh Patel", Title = "Councillor", Party = "Liberal Democrat", Ward = "Mardale",
        Roles = [new Role { Kind = RoleKind.Leader, From = new LocalDate(2026, 5, 21) }],
    };

    public static readonly Person PriyaMistry = new()
    {
        Id = "priya-mistry", Name = "Priya Mistry", Title = "Councillor", Party = "Green", Ward = "St Wystan's",
        Roles = [new Role { Kind = RoleKind.CabinetMember, Portfolio = "Leisure and Culture", From = AnnualMeeting2023 }],
    };

    public static readonly Person SarahBeaumont = new()
    {
        Id = "sarah-beaumont", Name = "Sarah Beaumont", Title = "Councillor", Party = "Conservative", Ward = "Hollin Bridge",
        Roles = [new Role { Kind = RoleKind.ScrutinyChair, Committee = "Scrutiny Commission", From = AnnualMeeting2023 }],
    };

    public static readonly Person TomReid = new() { Id = "tom-reid", Name = "Tom Reid", Title = "Councillor", Party = "Labour", Ward = "Hollin Bridge" };

    public static readonly Person AnnaLowe = new() { Id = "anna-lowe", Name = "Anna Lowe", Title = "Councillor", Party = "Labour", Ward = "Kettleby Moor" };

    public static readonly Person MarkEllison = new()
    {
        Id = "mark-ellison", Name = "Mark Ellison", Kind = PersonKind.Officer,
        Roles = [new Role { Kind = RoleKind.Officer, Title = "Head of Environmental Services" }],
    };

    public static PublicityCheckConfiguration Configuration(string policy = "borough") => PublicityCheckConfiguration.Default with
    {
        People = [HelenMarsh, RajeshPatel, PriyaMistry, SarahBeaumont, TomReid, AnnaLowe, MarkEllison],
        Policy = PolicyPackReader.BuiltIn(policy),
    };

    /// <summary>
    /// The roster with <paramref name="elections"/> configured and Councillor Priya Mistry standing as a candidate in the
    /// poll whose id is <paramref name="candidateIn"/>, as tests of the pre-election period's speaker rules use it.
    /// </summary>
    public static PublicityCheckConfiguration WithMistryStandingIn(string candidateIn, params Election[] elections)
    {
        var roster = Configuration();
        return roster with
        {
            Elections = [.. elections],
            People = [.. roster.People.Select(p => p.Id == PriyaMistry.Id ? p with { CandidateIn = [candidateIn] } : p)],
        };
    }

    /// <summary>A release that names Councillor Priya Mistry in passing (collecting an award), without quoting her.</summary>
    public static readonly ReleaseDocument BloomAward = TestDocuments.FromParagraphs(
        "awards.md",
        "Easterby in Bloom wins gold",
        "The award was collected by Councillor Mistry at the ceremony in Harrogate.");
}
