using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Policies;

namespace PublicityCheck.Releases;

/// <summary>
/// What the engine gives a <see cref="ReleaseModel"/> from the configuration and the host's options: the publication
/// date and where it came from, and the settings rules judge by.
/// </summary>
internal sealed record ReleaseSettings
{
    public required LocalDate PublishOn { get; init; }

    public required PublicationDateOrigin PublishOnOrigin { get; init; }

    public required PublicationDate Publication { get; init; }

    public required Roster Roster { get; init; }

    public required PolicyPack Policy { get; init; }

    public ImmutableArray<Election> Elections { get; init; } = [];

    /// <summary>Severities set per rule id, compared case-insensitively.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> RuleSeverities { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many working days before a period starts a release is told it is coming.</summary>
    public int NoticeWorkingDays { get; init; }

    /// <summary>The host's own options, handed back to the engine.</summary>
    public object? Host { get; init; }
}
