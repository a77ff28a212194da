using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Documents;

namespace PublicityCheck;

/// <summary>How a <see cref="PublicityChecker"/> is set up by its host.</summary>
public sealed record PublicityCheckerOptions
{
    /// <summary>A configuration file to use for every release instead of searching upward from each (<c>--config</c>).</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>A publication date to use for every release instead of the one it states (<c>--publish-on</c>).</summary>
    public LocalDate? PublishOn { get; init; }

    /// <summary>The clock that says what "today" is, for releases that state no publication date.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>The time zone "today" is taken in.</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The readers.</summary>
    public DocumentReaders Readers { get; init; } = DocumentReaders.Default;

    /// <summary>Limits on what readers accept.</summary>
    public ReaderOptions ReaderOptions { get; init; } = ReaderOptions.Default;

    /// <summary>
    /// Whether council analyzers named under <c>analyzers</c> in a configuration file found by searching upward from
    /// a release are loaded and run (<c>--allow-analyzers</c>). False by default: running an analyzer runs its code
    /// with the user's rights, and a <c>publicitycheck.json</c> can be planted in any folder a release comes from.
    /// Those of the file given in <see cref="ConfigurationFile"/> always run: the user named that file. When false,
    /// each release whose configuration names analyzers gets PC0008 saying which were not run and how to allow them.
    /// </summary>
    public bool AllowDiscoveredAnalyzers { get; init; }

    /// <summary>
    /// How long a council analyzer may take to start, and over each file, before it is stopped: its findings for the
    /// file are discarded and the file gets PC0005 (by default <see cref="AnalyzerDriver.DefaultTimeLimit"/>, 10 seconds).
    /// </summary>
    public TimeSpan AnalyzerTimeLimit { get; init; } = AnalyzerDriver.DefaultTimeLimit;

    /// <summary>
    /// How many documents this checker will check in its process (by default many): one lets the party-political
    /// classifier load for the quickest first answer rather than the quickest thousandth. Scores are the same either
    /// way. The first checker in a process to load the classifier decides.
    /// </summary>
    public ClassifierWorkload ClassifierWorkload { get; init; }

    /// <summary>Creates the analyzers every release is checked with, before any listed in configuration. By default, the built-in ones.</summary>
    public Func<IEnumerable<PublicityAnalyzer>> AnalyzerFactory { get; init; } = () => Analyzers.BuiltInAnalyzers.Create();
}
