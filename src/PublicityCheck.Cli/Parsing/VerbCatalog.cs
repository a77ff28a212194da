using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CommandLine;
using PublicityCheck.Cli.Verbs;

namespace PublicityCheck.Cli.Parsing;

/// <summary>The verbs, in the order help lists them, with what help says about each beyond its options.</summary>
internal static class VerbCatalog
{
    /// <summary>
    /// What CommandLineParser reads of a verb's options class by reflection: it creates the class, finds its options and
    /// values as public properties with their attributes, and sets them. The dependencies on the static constructor keep
    /// exactly that of each verb (and the names of the enums an option takes), so a trimmed or ahead-of-time compiled
    /// build parses as the ordinary one does.
    /// </summary>
    private const DynamicallyAccessedMemberTypes ReadByParser =
        DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties;

    [DynamicDependency(ReadByParser, typeof(InitOptions))]
    [DynamicDependency(ReadByParser, typeof(CheckOptions))]
    [DynamicDependency(ReadByParser, typeof(ScanVerbOptions))]
    [DynamicDependency(ReadByParser, typeof(ReportOptions))]
    [DynamicDependency(ReadByParser, typeof(RulesOptions))]
    [DynamicDependency(ReadByParser, typeof(CalendarOptions))]
    [DynamicDependency(ReadByParser, typeof(InspectOptions))]
    [DynamicDependency(ReadByParser, typeof(AnnotateOptions))]
    [DynamicDependency(ReadByParser, typeof(FixOptions))]
    [DynamicDependency(ReadByParser, typeof(ClassifyOptions))]
    [DynamicDependency(ReadByParser, typeof(ServeOptions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields, typeof(ReportFormat))]
    static VerbCatalog()
    {
    }

    /// <summary>Every verb's options class, as the parser takes them.</summary>
    public static Type[] Types { get; } =
    [
        typeof(InitOptions),
        typeof(CheckOptions),
        typeof(ScanVerbOptions),
        typeof(ReportOptions),
        typeof(RulesOptions),
        typeof(CalendarOptions),
        typeof(InspectOptions),
        typeof(AnnotateOptions),
        typeof(FixOptions),
        typeof(ClassifyOptions),
        typeof(ServeOptions),
    ];

    /// <summary>Every verb's name.</summary>
    public static IEnumerable<string> Names => Types.Select(NameOf);

    /// <summary>The name a verb is typed as.</summary>
    public static string NameOf(Type verb) => verb.GetCustomAttribute<VerbAttribute>()!.Name;

    /// <summary>The options class of the verb typed as <paramref name="name"/> (any case), or null.</summary>
    public static Type? Find(string name) => Types.FirstOrDefault(t => string.Equals(NameOf(t), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The long names of a verb's options (without dashes), help and version included.</summary>
    public static IEnumerable<string> OptionNames(Type verb) =>
        Options(verb).Select(o => o.Attribute.LongName).Where(n => n.Length > 0).Append("help").Append("version");

    /// <summary>A verb's options with the property each sets.</summary>
    public static IEnumerable<(OptionAttribute Attribute, PropertyInfo Property)> Options(Type verb) =>
        Properties(verb)
            .Select(p => (Attribute: p.GetCustomAttribute<OptionAttribute>(), Property: p))
            .Where(o => o.Attribute is not null)
            .Select(o => (o.Attribute!, o.Property));

    /// <summary>A verb's values (its arguments without a name), in their order.</summary>
    public static IEnumerable<ValueAttribute> Values(Type verb) =>
        Properties(verb).Select(p => p.GetCustomAttribute<ValueAttribute>()).OfType<ValueAttribute>().OrderBy(v => v.Index);

    /// <summary>The public properties of <paramref name="verb"/>, one of <see cref="Types"/>, where the parser finds its options and values.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every verb is one of Types, whose public properties the static constructor's dependencies keep.")]
    private static PropertyInfo[] Properties(Type verb) =>
        Types.Contains(verb) ? verb.GetProperties() : throw new ArgumentException($"{verb.Name} is not a verb's options class", nameof(verb));

    /// <summary>The option of <paramref name="verb"/> called <paramref name="name"/> (long or short, any case), or null.</summary>
    public static (OptionAttribute Attribute, PropertyInfo Property)? Option(Type verb, string name) =>
        Options(verb)
            .Where(o => string.Equals(o.Attribute.LongName, name, StringComparison.OrdinalIgnoreCase) || o.Attribute.ShortName == name)
            .Select(o => ((OptionAttribute, PropertyInfo)?)o)
            .FirstOrDefault();

    /// <summary>What a verb's examples show: each a sentence and the command line.</summary>
    public static IReadOnlyList<(string Description, string CommandLine)> Examples(Type verb) => NameOf(verb) switch
    {
        "init" =>
        [
            ("Start a configuration for a borough or district council in England", "publicitycheck init"),
            ("Start one for a county council in Wales, in another folder", "publicitycheck init --policy county --country wales --dir press-office"),
        ],
        "check" =>
        [
            ("Check every release in a folder", "publicitycheck check drafts"),
            ("Check the Markdown releases of two folders", "publicitycheck check \"releases/{2025,2026}/*.md\""),
            ("Check what an editor pipes in, with the configuration for its file", "publicitycheck check - --stdin-filename drafts/library-hours.md < drafts/library-hours.md"),
            ("Write a SARIF log for a code-scanning viewer", "publicitycheck check drafts --format sarif -o reports/drafts.sarif"),
            ("Show only the findings, without the summary", "publicitycheck check drafts -q"),
        ],
        "scan" =>
        [
            ("Scan the publications folder and write an HTML report", "publicitycheck scan /srv/press --report /srv/reports/press.html"),
            ("Fail only on findings new since the last scan", "publicitycheck scan /srv/press --fail-on new"),
        ],
        "report" =>
        [
            ("Write the balance of quotations, the audit of approvals and noisy rules from the last scan", "publicitycheck report /srv/press -o /srv/reports/balance.html"),
            ("Export the history for a dashboard, and the approvals for the Monitoring Officer", "publicitycheck report /srv/press --format csv -o /srv/reports/history --suppressions /srv/reports/approvals.csv"),
        ],
        "rules" =>
        [
            ("List every rule", "publicitycheck rules"),
            ("Show two rules as JSON", "publicitycheck rules PC0101 PC0304 --format json"),
        ],
        "calendar" =>
        [
            ("List the configured elections and which periods are in force today", "publicitycheck calendar"),
            ("Compute the timetable of a poll", "publicitycheck calendar --poll 2027-05-06 --type local --country england"),
        ],
        "inspect" => [("See how a release is read: its sentences, quotations and date", "publicitycheck inspect drafts/library-hours.docx")],
        "annotate" => [("Write drafts/budget.reviewed.docx with a Word comment per finding", "publicitycheck annotate drafts/budget.docx")],
        "fix" =>
        [
            ("Write drafts/budget.fixed.md with the safe fixes applied", "publicitycheck fix drafts/budget.md"),
            ("Apply the neutral wordings PC0202 suggests, in the release itself", "publicitycheck fix drafts/budget.md --rule PC0202 --in-place"),
        ],
        "classify" =>
        [
            ("Score sentences, one a line", "publicitycheck classify sentences.txt"),
            ("Measure the classifier on sentences your office has labelled", "publicitycheck classify --labelled past-releases.tsv"),
        ],
        "serve" => [("Serve the API and the Word add-in on this machine", "publicitycheck serve --urls http://127.0.0.1:5080")],
        _ => [],
    };
}
