using System.Globalization;
using System.Text;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>
/// Writes a year of Markdown releases of the fictional Wreake Valley Borough Council, each with a dated quotation of a
/// councillor (and now and then one of an officer), from a roster of three parties: Labour runs the council (a
/// Leader, two Cabinet Members and a committee chair), the Conservatives and the Greens are in opposition. In the six
/// weeks before the borough poll the Cabinet is quoted far more than in the rest of the year. Most quotations of
/// opposition members carry a suppression of PC0101 approved by the Monitoring Officer. Deterministic for a seed; it
/// keeps a tally of what it wrote, for tests to hold the scan's record against.
/// </summary>
public sealed class QuotedYearGenerator(int seed = 8089)
{
    /// <summary>The poll of the borough elections.</summary>
    public static readonly DateOnly Poll = new(2026, 5, 7);

    /// <summary>The first day of the six-week window before <see cref="Poll"/>.</summary>
    public static readonly DateOnly WindowStart = Poll.AddDays(-41);

    private static readonly Member[] Members =
    [
        new("helen-ashby", "Helen Ashby", "Labour", "executive", "Leader of the Council", "Leader", null),
        new("marcus-reyes", "Marcus Reyes", "Labour", "executive", "Cabinet Member for Housing", "CabinetMember", "Housing"),
        new("priya-nair", "Priya Nair", "Labour", "executive", "Cabinet Member for Environment", "CabinetMember", "Environment"),
        new("tom-bell", "Tom Bell", "Labour", "non-executive", "Chair of the Planning Committee", "CommitteeChair", null),
        new("ruth-hale", "Ruth Hale", "Conservative", "opposition", "councillor for Castle Hill ward", null, null),
        new("george-pike", "George Pike", "Conservative", "opposition", "councillor for Moor End ward", null, null),
        new("ellen-moss", "Ellen Moss", "Green", "opposition", "councillor for Millbrook ward", null, null),
    ];

    private static readonly string[] Topics = ["the new cycle lanes on Station Road", "the library's longer opening hours", "the repairs to the Tanyard footbridge", "the council's new recycling centre", "the play area at Riverside Park", "the grants for village halls", "the flood defences at Millbrook", "the refurbished market hall"];

    private readonly Random _random = new(seed);

    /// <summary>Every quotation written: its release's date, the speaker's id, party and standing.</summary>
    public List<(DateOnly Date, string PersonId, string? Party, string Standing)> Quotations { get; } = [];

    /// <summary>How many suppressions were written.</summary>
    public int Suppressions { get; private set; }

    /// <summary>The configuration of the fictional council: its roster, its poll, and the fast classifier (the year is scanned in tests).</summary>
    public static string Configuration => $$"""
        {
          "root": true,
          "classifier": "fast",
          "elections": [ { "id": "borough-2026", "name": "Borough elections", "poll": "{{Poll:yyyy-MM-dd}}", "type": "local", "country": "england" } ],
          "people": [
        {{string.Join(",\n", Members.Select(Person).Append("""    { "id": "kate-lund", "name": "Kate Lund", "kind": "officer", "roles": [ { "role": "Officer", "title": "Head of Parks" } ] }"""))}}
          ]
        }
        """;

    /// <summary>Writes <paramref name="count"/> releases spread over 2026 under <paramref name="folder"/>, with the configuration.</summary>
    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "publicitycheck.json"), Configuration);
        var first = new DateOnly(2026, 1, 5);
        for (var i = 0; i < count; i++)
        {
            var date = first.AddDays(i * 360 / count);
            var topic = Topics[_random.Next(Topics.Length)];
            var member = Pick(date);
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"---\ndate: {date:yyyy-MM-dd}\n---\n\n# An update on {topic}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Wreake Valley Borough Council has published an update on {topic}, following questions from residents.\n\n");
            if (member.Standing == "opposition" && _random.Next(4) != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"<!-- publicitycheck-disable-next-line PC0101 -- local member invited to comment under 8.90, approved by the Monitoring Officer, {date:d MMMM yyyy} -->\n");
                Suppressions++;
            }

            text.Append(CultureInfo.InvariantCulture, $"\"Residents have told us how much {topic} matters to them,\" said Councillor {member.Name}, {member.Role}.\n\n");
            Quotations.Add((date, member.Id, member.Party, member.Standing));
            if (_random.Next(4) == 0)
            {
                text.Append("\"The work will be finished on time and on budget,\" said Kate Lund, Head of Parks.\n\n");
                Quotations.Add((date, "kate-lund", null, "officer"));
            }

            text.Append("Further details are on the council's website.\n");
            var path = Path.Combine(folder, date.ToString("yyyy-MM", CultureInfo.InvariantCulture), $"{date:yyyy-MM-dd}-update-{i:D3}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
        }
    }

    // In the window before the poll four quotations in five go to the Cabinet; the rest of the year, under half.
    private Member Pick(DateOnly date)
    {
        var roll = _random.NextDouble();
        var executive = date >= WindowStart && date <= Poll ? 0.8 : 0.45;
        if (roll < executive)
        {
            return Members[_random.Next(3)];
        }

        var others = Members[3..];
        return others[_random.Next(others.Length)];
    }

    private static string Person(Member m)
    {
        var role = m.RoleKind is null ? string.Empty
            : m.Portfolio is null ? $$""", "roles": [ { "role": "{{m.RoleKind}}"{{(m.RoleKind == "CommitteeChair" ? ", \"committee\": \"Planning Committee\"" : string.Empty)}} } ]"""
            : $$""", "roles": [ { "role": "{{m.RoleKind}}", "portfolio": "{{m.Portfolio}}" } ]""";
        return $$"""    { "id": "{{m.Id}}", "name": "{{m.Name}}", "title": "Councillor", "kind": "member", "party": "{{m.Party}}"{{role}} }""";
    }

    private sealed record Member(string Id, string Name, string Party, string Standing, string Role, string? RoleKind, string? Portfolio);
}
