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

    [Option("type", HelpText = "With --poll: local, parliamentary, by-election, mayoral, pcc or referendum.")]
    public string? Type { get; set; }

    [Option("country", Default = "england", HelpText = "With --poll: england, wales, scotland or northern-ireland.")]
    public string Country { get; set; } = "england";
}
