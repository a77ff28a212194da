using System.Diagnostics;
using System.Text;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>Releases built to make quotation finding and attribution read the text again for each quotation.</summary>
public sealed class HostileQuotationTest
{
    public static TheoryData<string, string> Releases => new()
    {
        { "pronouns", string.Concat(Enumerable.Repeat("“We will do it,” he said. Councillor Ann Lee, the Leader, agreed. ", 6000)) },
        { "introduced", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall.”\n\nCllr Ann Lee opened the hall.", 6000)) },
        { "untitled", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall.”\n\nAnn Lee opened the hall.", 6000)) },
        { "mojibake", string.Concat(Enumerable.Repeat("â€œWe are readyâ€\u009D said Laura. ", 20000)) },
        { "straight-in-curly", "“" + string.Concat(Enumerable.Repeat("word\" ", 60000)) },
        { "sign-offs", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall.”\n\nCllr Ann Lee - Leader\nCllr Bob Dee - Leader", 6000)) },
        { "titles", string.Join("\n\n", Enumerable.Range(0, 6000).Select(i => $"“We are ready to go,” said the Lord Mayor{i}.")) },
        { "portfolio-lists", string.Join("\n\n", Enumerable.Repeat("Cabinet Member for Parks, " + string.Concat(Enumerable.Repeat("Leisure, ", 400)) + "and Culture, Cllr Ann Lee OBE, said: “We are ready.”", 200)) },
        { "portfolios-before-names", string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("Holder for Finance Cllr Ann Lee ", 200)) + "said: “We are ready.”", 100)) },
        { "topics", string.Join("\n\n", Enumerable.Repeat("Cllr Ann Lee commented on " + string.Concat(Enumerable.Repeat("the plans and ", 11)) + "the budget, “We are ready to open the new hall.”", 3000)) },
        { "capacities", string.Join("\n\n", Enumerable.Repeat("Cllr Ann Lee, Leader\n\nIn her capacity as Chair " + string.Concat(Enumerable.Repeat("of Licensing and ", 40)) + "- “We are ready.”", 1000)) },
        { "roles-beside", string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => $"Chief Executive Ann Lee{i % 40} of the Council, Councillor Bob Dee{i % 40}, Lead Member for Waste and Roads, met them. She said: “We are ready.”")) },
        { "trailing-attributions", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall”\n\nsaid Councillor Ann Lee.", 6000)) },
        { "only-persons", string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => $"The hall was opened by council leader Ann Lee{i % 50}, who thanked the builders.\n\nShe said: “We are ready.”")) },
        { "names-after-posts", string.Concat(Enumerable.Repeat("Tarrow Council Leader Dan Price and Lord Mayor Councillor Ann Lee said: “We are ready.” ", 6000)) },
        { "elected-roles", string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => $"Councillor Ann Lee{i % 40} (Plaid Cymru) was elected Leader of the Council. Councillor Lee{i % 40} said: “We are ready.”")) },
        { "opening-clauses", string.Join("\n\n", Enumerable.Repeat("In her first address as Lord Mayor of " + string.Concat(Enumerable.Repeat("Tarrow ", 30)) + "Councillor Ann Lee said,\n\n“We are ready.”", 3000)) },
        { "posts-as-subjects", string.Join("\n\n", Enumerable.Repeat("The Cabinet Member " + string.Concat(Enumerable.Repeat("for Parks and ", 8)) + "Wreake Valley has opened the hall.\n\nHe said: “We are ready.”", 3000)) },
        { "places-after-posts", string.Join("\n\n", Enumerable.Repeat("The Mayor of " + string.Concat(Enumerable.Repeat("Wreake Valley and ", 20)) + "Tarrow, Councillor Ann Lee, opened the hall.\n\nShe said: “We are ready.”", 2000)) },
        { "reported-before", string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => "Rivers Project Officer with the Council of " + string.Concat(Enumerable.Repeat("Wreake ", 30)) + $"Valley, Niamh Doherty{i % 40}, explained the scheme. “We are ready.”")) },
        { "testimonials", string.Join("\n\n", Enumerable.Repeat("What you told us\n\n" + string.Join("\n\n", Enumerable.Repeat("“The library is where I go to learn.”", 40)), 150)) },
        { "pull-quotes", string.Join("\n\n", Enumerable.Repeat("“…where I go to learn…”\n\nCllr Ann Lee said: “The library is where I go to learn.”", 3000)) },
        { "spaced-marks", string.Concat(Enumerable.Repeat("He said: ” We are ready. ", 20000)) },
        { "slogans", string.Join("\n\n", Enumerable.Repeat("‘Every street, every season, every neighbour’ is the theme this year.", 6000)) },
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void Extract_ManyQuotations_FinishWithinBound(string name, string body)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write(name + ".md", Encoding.UTF8.GetBytes("# Release\n\n" + body + "\n"));
        var document = DocumentReaders.Default.ReadFile(path).Document!;

        var stopwatch = Stopwatch.StartNew();
        _ = document.Quotations;
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < HostileCheck.Bound, $"finding the quotations took {stopwatch.Elapsed}, more than {HostileCheck.Bound}");
    }

    [Theory]
    [InlineData("borough")]
    [InlineData("committee")]
    public void Check_ThousandsOfChairsUnderALongLead_FinishesWithinBound(string policy)
    {
        using var folder = new TemporaryFolder();
        var lead = string.Concat(Enumerable.Repeat("Grants were awarded at the Easterby Area Committee on Tuesday to village groups. ", 6000));
        var chairs = string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => $"Councillor Ann Lee{i % 40}, Chair of the Hollin Housing Committee, said: “We are ready.”"));
        var path = folder.Write("chairs.md", Encoding.UTF8.GetBytes("# Grants for bins and recycling\n\n" + lead + "\n\n" + chairs + "\n"));

        var (result, _) = HostileCheck.Run(folder, path, $$"""{ "policy": "{{policy}}" }""");

        Assert.Contains(result.Diagnostics, d => d.Id == "PC0103");
    }
}
