using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Calendar;
using PublicityCheck.Cli.Init;
using PublicityCheck.Cli.Parsing;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Policies;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck init</c>: writes a starting <c>publicitycheck.json</c> (with notes in comments, which the
/// configuration reader skips), the configuration schema beside it for editors, and a roster with only its header,
/// then says what to fill in. Nothing is written if any of the three files is already there, unless <c>--force</c>.
/// </summary>
internal sealed class InitCommand(CliConsole console, IClock clock)
{
    /// <summary>The files <c>init</c> writes, in the order it lists them.</summary>
    public static readonly string[] FileNames = [PublicityCheckConfiguration.FileName, SchemaFileName, RosterFileName];

    /// <summary>The schema's file name beside the configuration (the one <c>$schema</c> names).</summary>
    public const string SchemaFileName = "publicitycheck.schema.json";

    /// <summary>The roster's file name beside the configuration.</summary>
    public const string RosterFileName = "roster.csv";

    /// <summary>The roster's header: the columns the roster reader knows, in the order the README gives them.</summary>
    public const string RosterHeader = "name,title,kind,party,ward,role,portfolio,committee,from,to,candidateIn";

    /// <summary>The built-in policies a configuration can start from (a council's own pack is a path, set by hand).</summary>
    private static readonly IReadOnlyList<string> Policies = PolicyPackReader.BuiltInNames;

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public int Run(InitOptions options)
    {
        var policy = Policies.FirstOrDefault(n => string.Equals(n, options.Policy, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"--policy '{options.Policy}' is not one of {string.Join(", ", Policies)}.{Suggestions.DidYouMean(options.Policy, Policies)}");
        if (!CalendarNames.TryParseCountry(options.Country, out var country))
        {
            throw new UsageException($"--country '{options.Country}' is not one of {string.Join(", ", CalendarNames.CountryNames)}.{Suggestions.DidYouMean(options.Country, CalendarNames.CountryNames)}");
        }

        var shownFolder = options.Dir is null ? "this folder" : ConsoleText.Escape(options.Dir);
        var folder = Path.GetFullPath(options.Dir ?? ".", console.WorkingDirectory);
        if (File.Exists(folder))
        {
            throw new UsageException($"--dir {options.Dir} is a file, not a folder");
        }

        var existing = FileNames.Where(name => Path.Exists(Path.Combine(folder, name))).ToList();
        if (existing.Count > 0 && !options.Force)
        {
            var names = existing.Count == 1 ? existing[0] : $"{string.Join(", ", existing.Take(existing.Count - 1))} and {existing[^1]}";
            throw new UsageException($"{names} {(existing.Count == 1 ? "is" : "are")} already in {shownFolder}; nothing was written. Run with --force to replace {(existing.Count == 1 ? "it" : "them")}");
        }

        var today = clock.GetCurrentInstant().InZone(London).Date;
        var poll = ScheduledPolls.NextLocal(today, country, county: policy == "county");
        var timetable = StatutoryTimetable.For(poll.Poll, poll.Type, poll.Country);
        var others = ScheduledPolls.Others(today, country);

        Directory.CreateDirectory(folder);
        Write(folder, PublicityCheckConfiguration.FileName, StarterConfiguration.Text(policy, poll, others));
        Write(folder, SchemaFileName, StarterConfiguration.Schema());
        Write(folder, RosterFileName, RosterHeader + "\n");

        var output = console.Out;
        output.WriteLine($"Wrote in {shownFolder}:");
        output.WriteLine($"  {PublicityCheckConfiguration.FileName,-27} the configuration: the {policy} protocol and the next scheduled poll in {CountryName(country)}");
        output.WriteLine($"  {SchemaFileName,-27} its schema, so an editor completes and checks the settings");
        output.WriteLine($"  {RosterFileName,-27} the roster of councillors and officers: only its header so far");
        output.WriteLine();
        output.WriteLine("The next scheduled poll, now under \"elections\":");
        output.WriteLine($"  {poll.Id}: {poll.Name} on {LongDate.Format(poll.Poll)}; the pre-election period starts by {LongDate.Format(timetable.PeriodStart)}.");
        output.WriteLine($"  {poll.Note}");
        output.WriteLine("Other scheduled polls, offered in comments under \"elections\" by their identifiers:");
        foreach (var other in others)
        {
            var start = StatutoryTimetable.For(other.Poll, other.Type, other.Country).PeriodStart;
            output.WriteLine($"  {other.Id}: {other.Name}; the period starts by {LongDate.Format(start)}. {other.Note}");
        }

        output.WriteLine();
        output.WriteLine("Fill in next:");
        output.WriteLine($"  1. {RosterFileName}: a row for each councillor and officer and each role they hold (Leader, CabinetMember with its portfolio,");
        output.WriteLine("     Officer...), with the dates they took it up and gave it up. Until it has names, no quotation can be checked.");
        output.WriteLine($"  2. {PublicityCheckConfiguration.FileName}: confirm the poll above or remove it, and add by-elections as they are called.");
        output.WriteLine("  3. Check a release: publicitycheck check drafts/my-release.docx");
        return ExitCodes.Success;
    }

    private static string CountryName(UkCountry country) => country switch
    {
        UkCountry.Wales => "Wales",
        UkCountry.Scotland => "Scotland",
        UkCountry.NorthernIreland => "Northern Ireland",
        _ => "England",
    };

    private void Write(string folder, string name, string text) =>
        OutputTarget.Write(Path.Combine(folder, name), console, writer => writer.Write(text));
}
