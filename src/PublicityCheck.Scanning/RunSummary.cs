namespace PublicityCheck.Scanning;

/// <summary>One scan as the state records it.</summary>
/// <param name="Id">The run's number.</param>
/// <param name="Started">When it started.</param>
/// <param name="Ended">When it finished, or null when it was stopped part-way.</param>
/// <param name="Files">Files checked or reused.</param>
/// <param name="Analysed">Files read and checked.</param>
/// <param name="Errors">Open error findings.</param>
/// <param name="Warnings">Open warning findings.</param>
/// <param name="Infos">Open info findings.</param>
/// <param name="New">Findings new in this run.</param>
/// <param name="Resolved">Findings resolved since the run before.</param>
public sealed record RunSummary(long Id, DateTimeOffset Started, DateTimeOffset? Ended, int Files, int Analysed, int Errors, int Warnings, int Infos, int New, int Resolved)
{
    /// <summary>Open findings of every severity.</summary>
    public int Open => Errors + Warnings + Infos;
}
