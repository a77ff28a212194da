using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.State;

/// <summary>
/// A scan keeps, for each release, its publication date, who its quotations quote (with party, standing and the
/// roles held that day) and the suppressions its author wrote; replaced when the file changes, forgotten with the file.
/// </summary>
public sealed class QuotationHistoryTest : IDisposable
{
    private const string Configuration = """
        {
          "root": true,
          "people": [
            { "id": "jane-smith", "name": "Jane Smith", "title": "Councillor", "kind": "member", "party": "Labour",
              "roles": [ { "role": "Leader", "from": "2024-05-16" } ] },
            { "id": "omar-farouk", "name": "Omar Farouk", "title": "Councillor", "kind": "member", "party": "Labour",
              "roles": [ { "role": "ScrutinyChair", "committee": "Scrutiny Commission" } ] },
            { "id": "ruth-hale", "name": "Ruth Hale", "title": "Councillor", "kind": "member", "party": "Conservative" },
            { "id": "kate-lund", "name": "Kate Lund", "kind": "officer", "roles": [ { "role": "Officer", "title": "Head of Parks" } ] }
          ]
        }
        """;

    private const string PlayArea = """
        ---
        title: New play area opens at Tanyard Park
        date: 2026-02-10
        ---

        # New play area opens at Tanyard Park

        A new play area with a climbing frame and accessible swings has opened at Tanyard Park.

        "Families told us what they wanted and this is the result," said Councillor Jane Smith, Leader of the Council.

        "The new equipment is built to last for many years," said Kate Lund, Head of Parks.

        "Residents on the Tanyard estate have waited a long time for this," said Councillor Ruth Hale, councillor for Tanyard ward.
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly string _state;

    public QuotationHistoryTest()
    {
        _folder.Write("publicitycheck.json", Configuration);
        _folder.Write("press/play-area.md", PlayArea);
        _state = Path.Combine(_folder.Path, ".publicitycheck", "scan.db");
    }

    [Fact]
    public void Scan_RecordsEachQuotationsSpeakerWithPartyStandingAndRolesOnTheDay()
    {
        Run();

        Assert.Equal(
            [
                "0|jane-smith|Jane Smith|Labour|executive|Leader of the Council|1",
                "1|kate-lund|Kate Lund||officer|Head of Parks|1",
                "2|ruth-hale|Ruth Hale|Conservative|opposition|Councillor|1",
            ],
            Quotations("press/play-area.md"));
    }

    [Fact]
    public void Scan_RecordsTheReleasesPublicationDate()
    {
        Run();

        Assert.Equal(["2026-02-10"], StateTables.Rows(_state, "SELECT publish_on FROM files WHERE path = 'press/play-area.md'"));
    }

    [Fact]
    public void Scan_OfAnEditedRelease_ReplacesItsQuotations()
    {
        Run();
        _folder.Write("press/play-area.md", PlayArea.Replace("Councillor Jane Smith, Leader of the Council", "Councillor Omar Farouk, Chair of the Scrutiny Commission", StringComparison.Ordinal));

        Run();

        Assert.Equal("0|omar-farouk|Omar Farouk|Labour|non-executive|Chair of Scrutiny Commission|1", Quotations("press/play-area.md")[0]);
        Assert.Equal(3, Quotations("press/play-area.md").Count);
    }

    [Fact]
    public void Scan_AfterAReleaseIsDeleted_ForgetsItsQuotations()
    {
        Run();
        File.Delete(Path.Combine(_folder.Path, "press", "play-area.md"));
        _folder.Write("press/other.md", "# Library opens\n\nPublished 2 March 2026.\n\nThe new library opens on Monday.\n");

        Run();

        Assert.Equal(["0"], StateTables.Rows(_state, "SELECT COUNT(*) FROM quotations"));
    }

    [Fact]
    public void Scan_RecordsASuppressionWithItsJustificationAndTheFindingsItHid()
    {
        _folder.Write("press/play-area.md", PlayArea.Replace(
            "\"Residents on the Tanyard",
            "<!-- publicitycheck-disable-next-line PC0101 -- ward councillor invited under 8.90, approved by the Monitoring Officer, 3 February 2026 -->\n\"Residents on the Tanyard",
            StringComparison.Ordinal));

        Run();

        var suppression = Assert.Single(StateTables.Rows(_state, "SELECT rules, line, hidden, justification FROM suppressions"));
        Assert.Equal("PC0101|14|1|ward councillor invited under 8.90, approved by the Monitoring Officer, 3 February 2026", suppression);
    }

    public void Dispose() => _folder.Dispose();

    private void Run() => new ScanEngine(new ScanOptions(_folder.Path) { Jobs = 1, LockTimeout = TimeSpan.FromSeconds(1) }).Run();

    private List<string> Quotations(string path) => StateTables.Rows(
        _state,
        $"SELECT ordinal, person_id, name, party, standing, roles, own_capacity FROM quotations WHERE path = '{path}' ORDER BY ordinal");
}
