using System.Text;
using System.Text.Json;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>
/// The fictional Wreake Valley Borough Council: its wards, the people its releases quote, the May 2026 borough
/// elections, and the <c>publicitycheck.json</c> that describes them.
/// </summary>
internal static class Council
{
    /// <summary>The council's name.</summary>
    public const string Name = "Wreake Valley Borough Council";

    /// <summary>The poll of the borough elections the configuration lists.</summary>
    public static DateOnly Poll { get; } = new(2026, 5, 7);

    /// <summary>
    /// The first day of the pre-election period for <see cref="Poll"/>: the last day for the notice of election, as
    /// <c>publicitycheck calendar --poll 2026-05-07 --type local</c> works it out.
    /// </summary>
    public static DateOnly PeriodStart { get; } = new(2026, 3, 30);

    /// <summary>The borough's wards.</summary>
    public static IReadOnlyList<string> Wards { get; } =
    [
        "Easterby North", "Easterby South", "Mardale", "Hollin Bridge", "Kettleby Moor", "St Wystan's",
        "Tanyard", "Castle Hill", "Millbrook", "Southfields", "Riverside", "Moor End",
    ];

    /// <summary>Everyone the releases quote.</summary>
    public static IReadOnlyList<Speaker> People { get; } =
    [
        Member("Helen Marsh", "she", "Liberal Democrat", "Easterby North", MemberRole.Leader) with { Candidate = true },
        Member("Rajesh Patel", "he", "Liberal Democrat", "Mardale", MemberRole.DeputyLeader) with
        {
            Portfolio = "Communities", PortfolioTopics = ["health-and-wellbeing", "community-safety", "housing"],
        },
        Member("Daniel Okafor", "he", "Liberal Democrat", "Hollin Bridge", MemberRole.CabinetMember) with { Portfolio = "Finance and Assets" },
        Member("Gareth Lowe", "he", "Liberal Democrat", "Kettleby Moor", MemberRole.CabinetMember) with
        {
            Portfolio = "Planning and Regeneration", PortfolioTopics = ["transport"], Candidate = true,
        },
        Member("Joanna Whitlock", "she", "Liberal Democrat", "Easterby South", MemberRole.CabinetMember) with { Portfolio = "Environment and Waste" },
        Member("Priya Mistry", "she", "Green", "St Wystan's", MemberRole.CabinetMember) with { Portfolio = "Leisure and Culture", Candidate = true },
        Member("Sarah Beaumont", "she", "Conservative", "Hollin Bridge", MemberRole.ScrutinyChair) with { Committee = "Scrutiny Commission", Candidate = true },
        Member("David Kerr", "he", "Labour", "Mardale", MemberRole.ScrutinyChair) with { Committee = "Flood Resilience Review Panel" },
        Member("Colin Hart", "he", "Conservative", "Easterby North", MemberRole.CommitteeChair) with { Committee = "Planning Committee" },
        Member("Tom Reid", "he", "Labour", "Hollin Bridge", MemberRole.Backbench) with { Candidate = true },
        Member("Anne Fletcher", "she", "Liberal Democrat", "Tanyard", MemberRole.Backbench),
        Member("Robert Singh", "he", "Conservative", "Castle Hill", MemberRole.Backbench),
        Member("Megan Price", "she", "Green", "Millbrook", MemberRole.Backbench),
        Member("Alan Briggs", "he", "Independent", "Southfields", MemberRole.Backbench),
        Member("Fatima Begum", "she", "Labour", "Riverside", MemberRole.Backbench),
        Member("Stuart Knowles", "he", "Conservative", "Moor End", MemberRole.Backbench),
        Officer("Rebecca Holt", "she", "Chief Executive"),
        Officer("Claire Dunmore", "she", "Strategic Director of Finance"),
        Officer("Aisha Rahman", "she", "Leisure Services Manager"),
        Officer("Jenny Cartwright", "she", "Head of Housing Needs"),
        Officer("Mark Ellison", "he", "Head of Environmental Services"),
        Officer("Nadia Hussain", "she", "Energy Advice Officer"),
        Officer("Sam Whitaker", "he", "Parks and Open Spaces Manager"),
        Officer("Lucy Harrington", "she", "Community Development Officer"),
        Officer("Tom Farrant", "he", "Head of Planning and Regeneration"),
        Officer("Owen Pritchard", "he", "Libraries and Heritage Manager"),
        Officer("Kieran Doyle", "he", "Car Parks and Highways Manager"),
        Officer("Fiona Ashworth", "she", "Economic Development Manager"),
        Officer("Marcus Bell", "he", "Community Safety Manager"),
        External("Margaret Ellis", "she", "who has lived in {ward} for more than forty years"),
        External("Imran Qureshi", "he", "chair of the {ward} Residents' Association"),
        External("Julie Barnes", "she", "a volunteer at Easterby Food Bank"),
        External("Peter Langley", "he", "chair of Easterby Swimming Club"),
        External("Hannah Cole", "she", "who runs the Mardale Community Larder"),
        External("Graham Whitfield", "he", "who has had a fruit and vegetable stall on Easterby market for thirty years"),
        External("Susan Achebe", "she", "chair of the Wreake Valley Civic Society") with { Title = "Dr" },
        External("Rachel Kemp", "she", "of the Wreake Valley Neighbourhood Policing Team") with { Title = "Inspector" },
        External("Ben Okoro", "he", "whose two children use the play area most days after school"),
        External("Lesley Gray", "she", "secretary of the Kettleby Moor Allotment Society"),
        External("Martin Shaw", "he", "who owns Shaw's Bakery on Market Street"),
        External("Amina Yusuf", "she", "a mother of two who moved into one of the new homes in the autumn"),
    ];

    /// <summary>The person called <paramref name="name"/>.</summary>
    public static Speaker Person(string name) => People.First(p => p.Name == name);

    /// <summary>Writes the configuration: root, borough policy, the people above, the elections and two phrase rules.</summary>
    public static void WriteConfiguration(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteBoolean("root", true);
        json.WriteString("policy", "borough");
        json.WriteStartArray("elections");
        json.WriteStartObject();
        json.WriteString("id", "borough-2026");
        json.WriteString("name", "the borough council elections");
        json.WriteString("poll", Poll.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("type", "local");
        json.WriteString("country", "england");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("phrases");
        WritePhrase(json, "LOCAL001", "regime", "a loaded word for a council's leadership", "warning", "administration");
        WritePhrase(json, "LOCAL002", "so-called", "casts doubt on what others say; state the facts instead", "info", null);
        json.WriteEndArray();
        json.WriteStartArray("people");
        foreach (var person in People)
        {
            WritePerson(json, person);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write(Encoding.UTF8.GetBytes("\n"));
    }

    private static void WritePhrase(Utf8JsonWriter json, string id, string match, string message, string severity, string? suggest)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartArray("match");
        json.WriteStringValue(match);
        json.WriteEndArray();
        json.WriteString("message", message);
        json.WriteString("severity", severity);
        if (suggest is not null)
        {
            json.WriteString("suggest", suggest);
        }

        json.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter json, Speaker person)
    {
        json.WriteStartObject();
        json.WriteString("name", person.Name);
        if (person.Title is not null)
        {
            json.WriteString("title", person.Title);
        }

        json.WriteString("kind", person.Kind switch
        {
            SpeakerKind.Member => "member",
            SpeakerKind.Officer => "officer",
            _ => "external",
        });
        if (person.Party is not null)
        {
            json.WriteString("party", person.Party);
        }

        if (person.Ward is not null)
        {
            json.WriteString("ward", person.Ward);
        }

        json.WriteStartArray("roles");
        const string Term = "2023-05-18";
        if (person.Kind == SpeakerKind.Officer)
        {
            json.WriteStartObject();
            json.WriteString("role", "Officer");
            json.WriteString("title", person.JobTitle);
            json.WriteEndObject();
        }

        switch (person.Kind == SpeakerKind.Member ? person.Role : MemberRole.Backbench)
        {
            case MemberRole.Leader:
                WriteRole(json, "Leader", from: Term, to: "2026-05-20");
                break;
            case MemberRole.DeputyLeader:
                WriteRole(json, "DeputyLeader", from: Term, to: "2026-05-20");
                WriteRole(json, "CabinetMember", person.Portfolio, person.PortfolioTopics, from: Term, to: "2026-05-20");
                WriteRole(json, "Leader", from: "2026-05-21");
                break;
            case MemberRole.CabinetMember:
                WriteRole(json, "CabinetMember", person.Portfolio, person.PortfolioTopics, from: Term);
                break;
            case MemberRole.ScrutinyChair:
                WriteRole(json, "ScrutinyChair", committee: person.Committee, from: Term);
                break;
            case MemberRole.CommitteeChair:
                WriteRole(json, "CommitteeChair", committee: person.Committee, from: Term);
                break;
            default:
                break;
        }

        json.WriteEndArray();
        if (person.Candidate)
        {
            json.WriteStartArray("candidateIn");
            json.WriteStringValue("borough-2026");
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter json, string role, string? portfolio = null, IReadOnlyList<string>? topics = null, string? committee = null, string? from = null, string? to = null)
    {
        json.WriteStartObject();
        json.WriteString("role", role);
        if (portfolio is not null)
        {
            json.WriteString("portfolio", portfolio);
        }

        if (topics is { Count: > 0 })
        {
            json.WriteStartArray("topics");
            foreach (var topic in topics)
            {
                json.WriteStringValue(topic);
            }

            json.WriteEndArray();
        }

        if (committee is not null)
        {
            json.WriteString("committee", committee);
        }

        if (from is not null)
        {
            json.WriteString("from", from);
        }

        if (to is not null)
        {
            json.WriteString("to", to);
        }

        json.WriteEndObject();
    }

    private static Speaker Member(string name, string pronoun, string party, string ward, MemberRole role) =>
        new(name, pronoun, SpeakerKind.Member) { Title = "Councillor", Party = party, Ward = ward, Role = role };

    private static Speaker Officer(string name, string pronoun, string jobTitle) =>
        new(name, pronoun, SpeakerKind.Officer) { JobTitle = jobTitle };

    private static Speaker External(string name, string pronoun, string description) =>
        new(name, pronoun, SpeakerKind.External) { Description = description };
}
