using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Reporting;

/// <summary>What a reporter writes: the files checked, their findings, and the rules that could have fired.</summary>
/// <param name="Files">The files, in the order they were given.</param>
/// <param name="Rules">Every rule in force, for the rule metadata SARIF carries.</param>
public sealed record CheckReport(ImmutableArray<FileResult> Files, ImmutableArray<DiagnosticDescriptor> Rules)
{
    /// <summary>Set when the report compares with an earlier run, as a scan does; null for a one-off check.</summary>
    public ReportBaseline? Baseline { get; init; }

    /// <summary>The link each rule is given: by default the pages installed with the tool.</summary>
    public RuleLinks Links { get; init; } = RuleLinks.Installed;

    /// <summary>Totals over the files.</summary>
    public CheckSummary Summary => CheckSummary.Of(Files);

    /// <summary>This report with findings below <paramref name="minimum"/> left out.</summary>
    public CheckReport AtLeast(DiagnosticSeverity minimum) =>
        minimum <= DiagnosticSeverity.Info
            ? this
            : this with { Files = [.. Files.Select(f => f with { Diagnostics = [.. f.Diagnostics.Where(d => d.Severity >= minimum)] })] };
}
