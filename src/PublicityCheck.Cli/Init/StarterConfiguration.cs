using System.Globalization;
using NodaTime.Text;
using PublicityCheck.Calendar;

namespace PublicityCheck.Cli.Init;

/// <summary>
/// The text of the <c>publicitycheck.json</c> that <c>init</c> writes: every value a council starts with, and a
/// note in a comment above each saying what it is for and what to change. The configuration reader skips comments
/// (<c>//</c>) and allows trailing commas; the schema travels inside the tool and is written beside the file.
/// </summary>
internal static class StarterConfiguration
{
    private const string SchemaResource = "PublicityCheck.Cli/publicitycheck.schema.json";

    /// <summary>
    /// The configuration for a council under <paramref name="policy"/> with <paramref name="poll"/> as its election,
    /// and <paramref name="others"/> (the other scheduled polls its area may be in) offered in comments.
    /// </summary>
    public static string Text(string policy, ScheduledPoll poll, IReadOnlyList<ScheduledPoll> others)
    {
        var pollDate = LocalDatePattern.Iso.Format(poll.Poll);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            // How PublicityCheck checks this council's press releases: every release in this folder and the folders
            // under it. Lines starting with // are notes; PublicityCheck skips them. Run 'publicitycheck check' on a
            // release to try a change.
            {
              // The schema lets an editor (Visual Studio Code, Visual Studio, Rider) complete and check this file.
              "$schema": "./{{InitSchemaFileName}}",

              // Stop here: settings in folders above this one do not apply.
              "root": true,

              // Who may be quoted in which kind of release: "borough" (a borough, district or unitary council with a
              // Cabinet), "county" (adds local members and political balance), "committee" (a council run by
              // committees: each chair speaks on their committee's work), or the path of the council's own policy file.
              "policy": "{{policy}}",

              // The councillors and officers, with their roles and the dates they held them: one row per person and
              // role. Export it from the committee system, or fill it in by hand.
              "roster": "{{InitRosterFileName}}",

              // The polls whose pre-election periods apply. This is the next ordinary poll the law schedules here.
              {{Comment(poll.Note, "  ")}}
              // Add by-elections when they are called: "type": "by-election" with "wards": ["..."]. Run
              // 'publicitycheck calendar' to see each period.
              "elections": [
                { "id": "{{poll.Id}}", "name": "{{poll.Name}}", "poll": "{{pollDate}}", "type": "{{poll.Type.ToName()}}", "country": "{{poll.Country.ToName()}}" },
                // Other polls scheduled here, by their election identifiers (which give the day and the kind of poll):
                // take away the // before those held in the council's area.
                {{Offered(others)}}
              ],

              // Where the council publishes the rule pages, if it does: reports then link each finding's rule there
              // (.../rules/PC0201, or put {id} where the id goes: ".../rules/{id}.html") rather than to the pages
              // installed with the tool. Take away the // to use it.
              // "helpBaseUrl": "https://intranet.example.gov.uk/publicity/rules",

              // A rule's severity, by id: "error", "warning", "info", or "none" to turn it off. Run 'publicitycheck
              // rules' for the ids, for example "PC0004": "error" to stop any release with reviewer comments.
              "rules": {
              },

              // Files and folders never to check, as globs relative to this file.
              "exclude": ["**/README.md"]
            }

            """).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The offered polls as commented-out elections, each after a note of where it is held.</summary>
    private static string Offered(IReadOnlyList<ScheduledPoll> others) => string.Join("\n    ", others.Select(o =>
        $"{Comment(o.Note, "    ")}\n    // {{ \"id\": \"{o.Id}\", \"name\": \"{o.Name}\"{(o.Type is ElectionType.Pcc ? $", \"country\": \"{o.Country.ToName()}\"" : string.Empty)} }},"));

    /// <summary>Text as comment lines of at most about 110 characters, each after <paramref name="indent"/> but the first.</summary>
    private static string Comment(string text, string indent)
    {
        var lines = new List<string>();
        var line = "//";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + 1 + word.Length > 108 && line != "//")
            {
                lines.Add(line);
                line = "//";
            }

            line += " " + word;
        }

        lines.Add(line);
        return string.Join("\n" + indent, lines);
    }

    /// <summary>The configuration schema shipped inside the tool, as <c>docs/publicitycheck.schema.json</c> has it.</summary>
    public static string Schema()
    {
        using var stream = typeof(StarterConfiguration).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The tool was built without its configuration schema ({SchemaResource}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string InitSchemaFileName => Commands.InitCommand.SchemaFileName;

    private static string InitRosterFileName => Commands.InitCommand.RosterFileName;
}
