using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("calendar", HelpText = "List the configured elections and their pre-election periods, or compute one poll's timetable.")]
internal sealed class CalendarOptions
{
    [Option("config", HelpText = "Read the elections from this publicitycheck.json instead of the one found from the current folder upward.")]
    public string? Config { get; set; }

    [Option("on", HelpText = "Say which periods are in force on this date (YYYY-MM-DD); by default today.")]
    public string? On { get; set; }

    [Option("format", Default = "table", HelpText = "Output format: table or json.")]
    public string Format { get; set; } = "table";

    [Option("poll", HelpText = "Compute the timetable of a poll on this date (YYYY-MM-DD) instead of listing the configured elections.")]
    public string? Poll { get; set; }

    [Option("type", HelpText = "With --poll: local, parliamentary, by-election, mayoral, pcc, referendum, scottish-parliament, ni-assembly, gla, parliamentary-by-election, neighbourhood-referendum, national-referendum, scottish-parliament-by-election, senedd, senedd-by-election or council-tax-referendum.")]
    public string? Type { get; set; }

    [Option("country", HelpText = "With --poll or --election: england (the default), wales, scotland or northern-ireland.")]
    public string? Country { get; set; }

    [Option("election", HelpText = "Compute the timetable of the poll an election identifier names, such as sp.2026-05-07 or local.norfolk.2027-05-06.")]
    public string? Election { get; set; }

    [Option("writ", HelpText = "With a UK Parliamentary by-election: the day the writ was received (YYYY-MM-DD).")]
    public string? Writ { get; set; }

    [Option("start", HelpText = "With a national referendum: the first day of its referendum period; with a UK Parliamentary by-election, the day its notice of election was published (YYYY-MM-DD).")]
    public string? Start { get; set; }
}
