using System.Collections.Immutable;
using PublicityCheck.Configuration;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// How one rule's findings have been dealt with over the scan history: in how many releases it was raised and in how
/// many of those its findings were mostly suppressed, how many findings are suppressed, left open, or were fixed (the
/// finding resolved by an edit); and whether it is noisy (suppressed in most of its releases, over at least the
/// configured number of releases), with the releases that say so.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Releases">Releases with findings of the rule now.</param>
/// <param name="SuppressedReleases">The releases in which most of its findings are suppressed.</param>
/// <param name="Suppressed">Findings suppressed now.</param>
/// <param name="Open">Findings raised now and not suppressed.</param>
/// <param name="Fixed">Findings the scans saw resolved.</param>
/// <param name="Noisy">Whether the rule is noisy.</param>
public sealed record RuleUsage(string RuleId, int Releases, ImmutableArray<string> SuppressedReleases, int Suppressed, int Open, int Fixed, bool Noisy)
{
    /// <summary>Every rule with findings in <paramref name="history"/>, by id, judged under <paramref name="settings"/>.</summary>
    public static ImmutableArray<RuleUsage> Of(ScanHistory history, NoisyRuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var fixedByRule = history.Findings.Where(f => f.Resolved is not null).CountBy(f => f.RuleId).ToDictionary(StringComparer.Ordinal);
        var rules = history.RuleFindings.Select(r => r.RuleId).Concat(fixedByRule.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var byRule = history.RuleFindings.ToLookup(r => r.RuleId, StringComparer.Ordinal);
        return
        [
            .. rules.Select(id =>
            {
                var releases = byRule[id].ToList();
                var suppressedIn = releases.Where(r => r.Suppressed * 2 > r.Raised).Select(r => r.Path).ToImmutableArray();
                var noisy = releases.Count >= settings.EffectiveMinimumReleases && suppressedIn.Length * 2 > releases.Count;
                return new RuleUsage(id, releases.Count, suppressedIn, releases.Sum(r => r.Suppressed), releases.Sum(r => r.Raised - r.Suppressed), fixedByRule.GetValueOrDefault(id), noisy);
            }),
        ];
    }
}
