namespace PublicityCheck;

/// <summary>Totals over a run: files checked and findings by severity (suppressed findings counted apart).</summary>
/// <param name="Files">Files checked.</param>
/// <param name="Errors">Error findings not suppressed.</param>
/// <param name="Warnings">Warning findings not suppressed.</param>
/// <param name="Infos">Info findings not suppressed.</param>
/// <param name="Suppressed">Findings suppressed by their authors.</param>
public sealed record CheckSummary(int Files, int Errors, int Warnings, int Infos, int Suppressed)
{
    /// <summary>Totals for <paramref name="files"/>.</summary>
    public static CheckSummary Of(IReadOnlyCollection<FileResult> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var all = files.SelectMany(f => f.Diagnostics).ToList();
        var active = all.Where(d => !d.IsSuppressed).ToList();
        return new CheckSummary(
            files.Count,
            active.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Error),
            active.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning),
            active.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Info),
            all.Count - active.Count);
    }
}
