using NodaTime;
using PublicityCheck.Analysis;
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

    /// <summary>Creates the analyzers every release is checked with, before any listed in configuration. By default, the built-in ones.</summary>
    public Func<IEnumerable<PublicityAnalyzer>> AnalyzerFactory { get; init; } = () => Analyzers.BuiltInAnalyzers.Create();
}
