using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning;

/// <summary>A file's findings with their identities, before the state says which are new.</summary>
/// <param name="RelativePath">The file's identity in the state.</param>
/// <param name="Result">Its findings.</param>
/// <param name="Identities">Each finding's identity.</param>
/// <param name="Excerpts">Each finding's excerpt.</param>
/// <param name="Analysed">Whether it was checked in this run rather than reused.</param>
/// <param name="Stored">What the state is to keep of it.</param>
/// <param name="Previous">What the state kept of it before, for a reused file.</param>
internal sealed record FileOutcome(string RelativePath, FileResult Result, IReadOnlyList<string> Identities, IReadOnlyList<string?> Excerpts, bool Analysed, StoredFile Stored, StoredFile? Previous = null)
{
    /// <summary>The release's date, speakers and suppressions to record, for a file checked in this run; null for one reused, whose record stands.</summary>
    public ReleaseRecord? Release { get; init; }

    /// <summary>The findings the state tracks: those not suppressed.</summary>
    public IReadOnlyList<TrackedFinding> Tracked
    {
        get
        {
            var occurrences = FindingFingerprints.Occurrences(Result.Diagnostics);
            return [.. Result.Diagnostics.Select((d, i) => (d, i)).Where(x => !x.d.IsSuppressed)
                .Select(x => new TrackedFinding(Identities[x.i], x.d.Id, x.d.Severity.ToName(), x.d.Text, x.d.Message, occurrences[x.i]))];
        }
    }

    public static FileOutcome Create(string relativePath, FileResult result, IReadOnlyList<string?> excerpts, bool analysed, StoredFile stored, StoredFile? previous = null) =>
        new(relativePath, result, FindingIdentities.Of(relativePath, result.Diagnostics), excerpts, analysed, stored, previous);

    /// <summary>
    /// The file with each finding marked new, still open, or updated (still open, with another message or severity
    /// than the last completed run saw), given the runs each was first seen and last changed in.
    /// </summary>
    public ScannedFile WithStatus(IReadOnlyDictionary<string, FindingRuns> runs, long lastCompletedRun)
    {
        var findings = ImmutableArray.CreateBuilder<ScannedFinding>(Result.Diagnostics.Length);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(Result.Diagnostics.Length);
        for (var i = 0; i < Result.Diagnostics.Length; i++)
        {
            var diagnostic = Result.Diagnostics[i];
            FindingStatus? status = diagnostic.IsSuppressed ? null : StatusOf(runs.GetValueOrDefault(Identities[i]), lastCompletedRun);
            var properties = diagnostic.Properties.SetItem("findingId", Identities[i]);
            if (status is { } s)
            {
                properties = properties.SetItem(ReportBaseline.StatusProperty, s switch
                {
                    FindingStatus.New => ReportBaseline.New,
                    FindingStatus.Updated => ReportBaseline.Updated,
                    _ => ReportBaseline.Open,
                });
            }

            diagnostic = diagnostic with { Properties = properties };
            diagnostics.Add(diagnostic);
            findings.Add(new ScannedFinding(diagnostic, Identities[i], status, Excerpts[i]));
        }

        return new ScannedFile(RelativePath, Result with { Diagnostics = diagnostics.MoveToImmutable() }, Analysed, findings.MoveToImmutable());
    }

    private static FindingStatus StatusOf(FindingRuns runs, long lastCompletedRun) =>
        runs.First == 0 || runs.First > lastCompletedRun ? FindingStatus.New
        : runs.Changed > lastCompletedRun ? FindingStatus.Updated
        : FindingStatus.StillOpen;
}
