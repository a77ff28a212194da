using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// What a scan state holds of a council's releases over time, read without scanning: each release with its
/// publication date, who its quotations quote, the suppressions its authors wrote, every finding tracked with the
/// dates it was first seen, last seen and resolved, and per rule how its findings were dealt with.
/// </summary>
/// <param name="Releases">The releases, by path.</param>
/// <param name="Quotations">Every quotation, by release and place in it.</param>
/// <param name="Suppressions">Every suppression, one entry for each finding it hides, or one for a suppression that hides none.</param>
/// <param name="Findings">Every finding the state tracks, open or resolved.</param>
/// <param name="RuleFindings">For each release and rule, how many findings were raised and how many of them suppressed.</param>
public sealed record ScanHistory(
    ImmutableArray<HistoryRelease> Releases,
    ImmutableArray<HistoryQuotation> Quotations,
    ImmutableArray<SuppressionEntry> Suppressions,
    ImmutableArray<HistoryFinding> Findings,
    ImmutableArray<ReleaseRuleFindings> RuleFindings);

/// <summary>A release the state holds.</summary>
/// <param name="Path">Its path under the scanned folder.</param>
/// <param name="PublishOn">Its publication date, or null when it could not be read.</param>
/// <param name="Quotations">How many quotations it holds.</param>
public sealed record HistoryRelease(string Path, LocalDate? PublishOn, int Quotations);

/// <summary>A quotation in a release, with what was known of its speaker on the publication date.</summary>
/// <param name="Path">The release.</param>
/// <param name="PublishOn">The release's publication date.</param>
/// <param name="Ordinal">Its place in the release, from 0.</param>
/// <param name="PersonId">The roster's id for the speaker, or null.</param>
/// <param name="Name">The speaker's name, or null when unattributed.</param>
/// <param name="Party">The speaker's party, or null.</param>
/// <param name="Standing">Where the speaker stood (<see cref="SpeakerStanding"/>).</param>
/// <param name="Roles">The roles held on the day, separated by "; ".</param>
/// <param name="OwnCapacity">False when quoted in a party role.</param>
public sealed record HistoryQuotation(string Path, LocalDate PublishOn, int Ordinal, string? PersonId, string? Name, string? Party, string Standing, string Roles, bool OwnCapacity)
{
    /// <summary>Whether the speaker is a councillor, whose quotations the balance is judged by.</summary>
    public bool IsMember => Standing is SpeakerStanding.Executive or SpeakerStanding.NonExecutive or SpeakerStanding.Opposition or SpeakerStanding.Member;
}

/// <summary>A finding the state tracks, with the dates of the runs that first saw it, last saw it and found it gone.</summary>
/// <param name="Path">The release.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its severity when last seen.</param>
/// <param name="Text">The words it is about, or null.</param>
/// <param name="Message">Its message when last seen.</param>
/// <param name="FirstSeen">When the run that first saw it started.</param>
/// <param name="LastSeen">When the last run that saw it started.</param>
/// <param name="Resolved">When the run that found it gone started, or null while it is open.</param>
public sealed record HistoryFinding(string Path, string RuleId, string Severity, string? Text, string Message, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, DateTimeOffset? Resolved)
{
    /// <summary>"open" or "resolved".</summary>
    public string Status => Resolved is null ? "open" : "resolved";
}

/// <summary>How the findings of one rule in one release stand.</summary>
/// <param name="Path">The release.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Raised">Findings raised, suppressed or not.</param>
/// <param name="Suppressed">Of those, how many an author suppressed.</param>
public sealed record ReleaseRuleFindings(string Path, string RuleId, int Raised, int Suppressed);
