namespace PublicityCheck.Configuration;

/// <summary>
/// How the balance of a council's quotations is judged over time (<c>balance</c> in <c>publicitycheck.json</c>): the
/// window before each configured poll compared with the rest of the year, how far a group's share there may depart
/// from its share the rest of the year before it is flagged, and how many quotations the window must hold for a
/// share to mean anything. Each setting unset takes its default; a nearer file's setting wins.
/// </summary>
public sealed class BalanceSettings
{
    /// <summary>The default window: six weeks, which always covers the statutory pre-election period of a local poll in England (from the notice of election, no later than the 25th working day before the poll).</summary>
    public const int DefaultWindowDays = 42;

    /// <summary>The default margin, in percentage points.</summary>
    public const int DefaultMargin = 15;

    /// <summary>The default fewest quotations a window must hold: two a week over six weeks.</summary>
    public const int DefaultMinimumQuotations = 12;

    /// <summary>No settings: every default.</summary>
    public static BalanceSettings Default { get; } = new();

    /// <summary>The days before a poll (the poll day included) compared with the rest of the year (<c>window</c>), when set.</summary>
    public int? WindowDays { get; init; }

    /// <summary>How many percentage points a group's share in the window may depart from the rest of the year's before it is flagged (<c>margin</c>), when set.</summary>
    public int? Margin { get; init; }

    /// <summary>The fewest quotations of members a window must hold before a share in it is flagged (<c>minimumQuotations</c>), when set.</summary>
    public int? MinimumQuotations { get; init; }

    /// <summary>The window in force.</summary>
    public int EffectiveWindowDays => WindowDays ?? DefaultWindowDays;

    /// <summary>The margin in force.</summary>
    public int EffectiveMargin => Margin ?? DefaultMargin;

    /// <summary>The minimum in force.</summary>
    public int EffectiveMinimumQuotations => MinimumQuotations ?? DefaultMinimumQuotations;

    /// <summary>These settings with <paramref name="nearer"/> laid over them: each of its settings wins.</summary>
    public BalanceSettings OverlaidWith(BalanceSettings nearer)
    {
        ArgumentNullException.ThrowIfNull(nearer);
        return new BalanceSettings
        {
            WindowDays = nearer.WindowDays ?? WindowDays,
            Margin = nearer.Margin ?? Margin,
            MinimumQuotations = nearer.MinimumQuotations ?? MinimumQuotations,
        };
    }
}
