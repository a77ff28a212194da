using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("init", HelpText = "Start a configuration: write publicitycheck.json, its schema and a roster to fill in, with the next scheduled poll, and say what to fill in next.")]
internal sealed class InitOptions
{
    [Option("policy", Default = "borough", HelpText = "The council's protocol to start from: borough (a borough, district or unitary council with a Cabinet), county, or committee (a council run by committees).")]
    public string Policy { get; set; } = "borough";

    [Option("country", Default = "england", HelpText = "Where the council is, which decides its scheduled polls and timetables: england, wales, scotland or northern-ireland.")]
    public string Country { get; set; } = "england";

    [Option("dir", HelpText = "Write the files in this folder (made if missing) instead of the current one.")]
    public string? Dir { get; set; }

    [Option("force", HelpText = "Replace files that are already there; without it nothing is written if any of them exists.")]
    public bool Force { get; set; }
}
