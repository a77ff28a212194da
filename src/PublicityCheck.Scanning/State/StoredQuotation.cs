using NodaTime;
using PublicityCheck.People;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// A quotation's speaker as the state file keeps it, for the balance of a council's releases over time: who was
/// quoted, their party and standing, the roles they held on the publication date, and whether the release quotes
/// them in their own (council) capacity or in a party role.
/// </summary>
/// <param name="Ordinal">The quotation's place in the release, from 0.</param>
/// <param name="PersonId">The roster's id for the speaker, or null when the roster does not know them.</param>
/// <param name="Name">The speaker's name: the roster's, else as the release writes it; null when unattributed.</param>
/// <param name="Party">The speaker's party or political group, from the roster; null when not known.</param>
/// <param name="Standing">Where the speaker stands on the day (<see cref="SpeakerStanding"/>).</param>
/// <param name="Roles">The roles held on the day, as the council writes them, separated by "; "; empty when none is known.</param>
/// <param name="OwnCapacity">False when the release quotes the speaker in a party role ("Leader of the Labour Group").</param>
internal sealed record StoredQuotation(int Ordinal, string? PersonId, string? Name, string? Party, string Standing, string Roles, bool OwnCapacity)
{
    /// <summary>The record of <paramref name="speaker"/>, the quotation at <paramref name="ordinal"/> of a release published on <paramref name="date"/>.</summary>
    public static StoredQuotation From(int ordinal, QuotedSpeaker speaker, Roster roster, LocalDate date)
    {
        var roles = speaker.Person is not null ? speaker.Roles.Select(r => r.Describe())
            : speaker.Stated is { } stated ? [new Role { Kind = stated.Kind, Portfolio = stated.Portfolio }.Describe()]
            : [];
        return new StoredQuotation(
            ordinal,
            speaker.Person?.Id,
            speaker.Person?.Name ?? speaker.Quotation.Speaker?.Name,
            speaker.Person?.Party,
            SpeakerStanding.Of(speaker, roster, date),
            string.Join("; ", roles),
            speaker.Stated is not { SpeaksForParty: true });
    }
}
