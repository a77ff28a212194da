using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>An election a council has configured in <c>publicitycheck.json</c> (<c>elections</c>).</summary>
public sealed record Election
{
    /// <summary>Creates an election.</summary>
    public Election(string id, string name, LocalDate poll, ElectionType type, UkCountry country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Poll = poll;
        Type = type;
        Country = country;
    }

    /// <summary>A short id, unique across the configuration (<c>local-2026</c>).</summary>
    public string Id { get; }

    /// <summary>Its name in messages (<c>Borough council elections</c>).</summary>
    public string Name { get; }

    /// <summary>Polling day.</summary>
    public LocalDate Poll { get; }

    /// <summary>The kind of poll.</summary>
    public ElectionType Type { get; }

    /// <summary>Where it is held.</summary>
    public UkCountry Country { get; }

    /// <summary>The wards a by-election is for; empty for a poll across the whole area.</summary>
    public ImmutableArray<string> Wards { get; init; } = [];

    /// <summary>The day the council actually published its notice of election (or the period otherwise began), when it differs from the statutory last day.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>
    /// The day the writ was received, for a UK Parliamentary by-election, whose timetable runs forward from it; null
    /// for every other poll, and for a by-election configured by its notice (<see cref="Start"/>) instead.
    /// </summary>
    public LocalDate? Writ { get; init; }

    /// <summary>Whether the period applies to a release about <paramref name="ward"/>: always, unless the poll is for some wards only.</summary>
    public bool AppliesToWard(string ward)
    {
        ArgumentNullException.ThrowIfNull(ward);
        return Wards.IsDefaultOrEmpty || Wards.Contains(ward.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the period applies only to releases about some wards (a by-election).</summary>
    public bool IsForSomeWards => !Wards.IsDefaultOrEmpty;
}
