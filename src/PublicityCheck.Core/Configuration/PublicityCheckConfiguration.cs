using System.Collections.Immutable;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Policies;

namespace PublicityCheck.Configuration;

/// <summary>
/// The settings in force for a release: the merge of every <c>publicitycheck.json</c> from the release's folder
/// upward (nearest wins) until one says <c>"root": true</c>, or the one file given with <c>--config</c>.
/// </summary>
public sealed record PublicityCheckConfiguration
{
    /// <summary>The name of a configuration file.</summary>
    public const string FileName = "publicitycheck.json";

    /// <summary>No configuration: every rule at its default severity.</summary>
    public static PublicityCheckConfiguration Default { get; } = new();

    /// <summary>The files merged, nearest first.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>Severities set per rule id (case-insensitive).</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> Rules { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a rule's findings may be raised in context (<c>"escalate"</c> in the object form of a <c>rules</c>
    /// entry), per rule id (case-insensitive). A rule not here escalates: a configured severity sets the base, and a
    /// pre-election period still raises a partisan sentence to an error, unless this says <c>false</c>.
    /// </summary>
    public ImmutableDictionary<string, bool> RuleEscalations { get; init; } =
        ImmutableDictionary<string, bool>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where each rule setting was made: file, line and column, for error messages.</summary>
    public ImmutableDictionary<string, SettingOrigin> RuleOrigins { get; init; } =
        ImmutableDictionary<string, SettingOrigin>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Full paths of assemblies to load analyzers from. They are loaded only when the run trusts the configuration:
    /// it was given explicitly, or the host allows discovered analyzers (<see cref="PublicityCheckerOptions.AllowDiscoveredAnalyzers"/>).
    /// </summary>
    public ImmutableArray<string> Analyzers { get; init; } = [];

    /// <summary>For each of <see cref="Analyzers"/>, the configuration file that names it.</summary>
    public ImmutableDictionary<string, string> AnalyzerOrigins { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Full paths of the other files the settings were read from: <c>roster</c> CSVs and <c>policy</c> pack files (a
    /// built-in policy has none), nearest first. A scan's fingerprint covers their contents.
    /// </summary>
    public ImmutableArray<string> DataFiles { get; init; } = [];

    /// <summary>Files a folder walk leaves out (a file named on the command line is still checked).</summary>
    public ImmutableArray<ExcludePattern> Exclude { get; init; } = [];

    /// <summary>The people releases quote, from <c>people</c> and the <c>roster</c> CSV, nearer files' entries replacing farther ones with the same id.</summary>
    public ImmutableArray<Person> People { get; init; } = [];

    /// <summary>The policy pack set with <c>policy</c>, or null for the default (<c>borough</c>).</summary>
    public PolicyPack? Policy { get; init; }

    /// <summary>The policy in force: the configured pack, or the borough protocol.</summary>
    public PolicyPack EffectivePolicy => Policy ?? DefaultPolicy.Value;

    /// <summary>The roster built from <see cref="People"/>.</summary>
    public Roster Roster
    {
        get
        {
            // A with-expression copies the cache, so it is kept only for the People it was built from.
            if (_roster is not { } cached || cached.For != People)
            {
                cached = (People, new Roster(People));
                _roster = cached;
            }

            return cached.Roster;
        }
    }

    /// <summary>The elections whose pre-election periods apply (<c>elections</c>); a nearer file's election replaces one with the same id.</summary>
    public ImmutableArray<Election> Elections { get; init; } = [];

    /// <summary>The calendar settings (<c>calendar</c>): appointed days and how far ahead a period is announced.</summary>
    public CalendarSettings Calendar { get; init; } = CalendarSettings.Default;

    /// <summary>A team's own phrase rules; a nearer file's rule replaces a farther one of the same id.</summary>
    public ImmutableArray<PhraseRule> Phrases { get; init; } = [];

    /// <summary>
    /// Where the council publishes the rules' pages (<c>helpBaseUrl</c>), or null to link the pages installed with
    /// the tool (or, from <c>serve</c>, the pages it serves). A nearer file's setting wins.
    /// </summary>
    public HelpBaseUrl? HelpBaseUrl { get; init; }

    /// <summary>The party-political classifier set with <c>classifier</c>, or null for the default (<see cref="ClassifierMode.Accurate"/>).</summary>
    public ClassifierMode? Classifier { get; init; }

    /// <summary>The classifier in force: the configured one, or <see cref="ClassifierMode.Accurate"/>.</summary>
    public ClassifierMode EffectiveClassifier => Classifier ?? ClassifierMode.Accurate;

    /// <summary>How the balance of quotations over time is judged (<c>balance</c>).</summary>
    public BalanceSettings Balance { get; init; } = BalanceSettings.Default;

    /// <summary>When a rule is listed as noisy (<c>noisyRules</c>).</summary>
    public NoisyRuleSettings NoisyRules { get; init; } = NoisyRuleSettings.Default;

    /// <summary>Whether a folder walk leaves out the file at <paramref name="fullPath"/>.</summary>
    public bool IsExcluded(string fullPath) => Exclude.Any(pattern => pattern.Matches(fullPath));

    private static readonly Lazy<PolicyPack> DefaultPolicy = new(() => PolicyPackReader.BuiltIn("borough"));

    private (ImmutableArray<Person> For, Roster Roster)? _roster;

    /// <summary>The severity a finding of <paramref name="descriptor"/> is reported at.</summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Rules.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;
    }

    /// <summary>Whether findings of the rule <paramref name="ruleId"/> may be raised in context: unless configuration says <c>"escalate": false</c>.</summary>
    public bool Escalates(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return RuleEscalations.GetValueOrDefault(ruleId, true);
    }

    /// <summary>This configuration with <paramref name="nearer"/> laid over it: its rule severities, escalation settings, elections, help address and classifier win, and its analyzers and calendar days are added.</summary>
    public PublicityCheckConfiguration OverlaidWith(PublicityCheckConfiguration nearer)
    {
        ArgumentNullException.ThrowIfNull(nearer);
        return new PublicityCheckConfiguration
        {
            Sources = nearer.Sources.AddRange(Sources),
            Rules = Rules.SetItems(nearer.Rules),
            RuleEscalations = RuleEscalations.SetItems(nearer.RuleEscalations),
            RuleOrigins = RuleOrigins.SetItems(nearer.RuleOrigins),
            Analyzers = [.. Analyzers.Concat(nearer.Analyzers).Distinct(StringComparer.Ordinal)],
            AnalyzerOrigins = AnalyzerOrigins.SetItems(nearer.AnalyzerOrigins),
            DataFiles = [.. nearer.DataFiles.Concat(DataFiles).Distinct(StringComparer.Ordinal)],
            Exclude = Exclude.AddRange(nearer.Exclude),
            People = Replaced(People, nearer.People, p => p.Id),
            Policy = nearer.Policy ?? Policy,
            Elections = Replaced(Elections, nearer.Elections, e => e.Id),
            Calendar = Calendar.OverlaidWith(nearer.Calendar),
            Phrases = Replaced(Phrases, nearer.Phrases, p => p.Id),
            HelpBaseUrl = nearer.HelpBaseUrl ?? HelpBaseUrl,
            Classifier = nearer.Classifier ?? Classifier,
            Balance = Balance.OverlaidWith(nearer.Balance),
            NoisyRules = NoisyRules.OverlaidWith(nearer.NoisyRules),
        };
    }

    // The farther items whose ids the nearer list does not have, then the nearer list: one pass over each, by a
    // set of ids, so that two rosters of thousands merge in linear time.
    private static ImmutableArray<T> Replaced<T>(ImmutableArray<T> farther, ImmutableArray<T> nearer, Func<T, string> id)
    {
        if (nearer.IsEmpty)
        {
            return farther;
        }

        var replaced = nearer.Select(id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. farther.Where(item => !replaced.Contains(id(item))), .. nearer];
    }
}
