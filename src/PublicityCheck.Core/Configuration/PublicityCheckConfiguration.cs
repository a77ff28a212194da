using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

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

    /// <summary>Where each rule severity was set: file, line and column, for error messages.</summary>
    public ImmutableDictionary<string, SettingOrigin> RuleOrigins { get; init; } =
        ImmutableDictionary<string, SettingOrigin>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Full paths of assemblies to load analyzers from.</summary>
    public ImmutableArray<string> Analyzers { get; init; } = [];

    /// <summary>Files a folder walk leaves out (a file named on the command line is still checked).</summary>
    public ImmutableArray<ExcludePattern> Exclude { get; init; } = [];

    /// <summary>A team's own phrase rules; a nearer file's rule replaces a farther one of the same id.</summary>
    public ImmutableArray<PhraseRule> Phrases { get; init; } = [];

    /// <summary>Whether a folder walk leaves out the file at <paramref name="fullPath"/>.</summary>
    public bool IsExcluded(string fullPath) => Exclude.Any(pattern => pattern.Matches(fullPath));

    /// <summary>The severity a finding of <paramref name="descriptor"/> is reported at.</summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Rules.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;
    }

    /// <summary>This configuration with <paramref name="nearer"/> laid over it: its rule severities and phrase rules win and its analyzers are added.</summary>
    public PublicityCheckConfiguration OverlaidWith(PublicityCheckConfiguration nearer)
    {
        ArgumentNullException.ThrowIfNull(nearer);
        return new PublicityCheckConfiguration
        {
            Sources = nearer.Sources.AddRange(Sources),
            Rules = Rules.SetItems(nearer.Rules),
            RuleOrigins = RuleOrigins.SetItems(nearer.RuleOrigins),
            Analyzers = [.. Analyzers.Concat(nearer.Analyzers).Distinct(StringComparer.Ordinal)],
            Exclude = Exclude.AddRange(nearer.Exclude),
            Phrases = [.. Phrases.Where(p => !nearer.Phrases.Any(n => string.Equals(n.Id, p.Id, StringComparison.OrdinalIgnoreCase))), .. nearer.Phrases],
        };
    }
}
