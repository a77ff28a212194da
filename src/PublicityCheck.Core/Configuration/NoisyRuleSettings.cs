namespace PublicityCheck.Configuration;

/// <summary>
/// When a rule is listed as noisy (<c>noisyRules</c> in <c>publicitycheck.json</c>): its findings were suppressed in
/// most (more than half) of the releases they were raised in, over at least <see cref="MinimumReleases"/> releases.
/// </summary>
public sealed class NoisyRuleSettings
{
    /// <summary>The default fewest releases: five, so that one contested release, or two, never makes a rule noisy.</summary>
    public const int DefaultMinimumReleases = 5;

    /// <summary>No settings: the default.</summary>
    public static NoisyRuleSettings Default { get; } = new();

    /// <summary>The fewest releases with findings of a rule before it may be listed (<c>minimumReleases</c>), when set.</summary>
    public int? MinimumReleases { get; init; }

    /// <summary>The minimum in force.</summary>
    public int EffectiveMinimumReleases => MinimumReleases ?? DefaultMinimumReleases;

    /// <summary>These settings with <paramref name="nearer"/> laid over them: its setting wins.</summary>
    public NoisyRuleSettings OverlaidWith(NoisyRuleSettings nearer)
    {
        ArgumentNullException.ThrowIfNull(nearer);
        return new NoisyRuleSettings { MinimumReleases = nearer.MinimumReleases ?? MinimumReleases };
    }
}
