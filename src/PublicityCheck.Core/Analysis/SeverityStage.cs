using System.Collections.Immutable;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>
/// The one place a finding's severity is decided, in this order: configuration (<c>rules</c>) sets the rule's base
/// severity, or its default; <c>none</c> turns the rule off; an escalation the analyzer recorded raises the severity,
/// unless configuration says <c>"escalate": false</c> for the rule; then the author's suppressions are marked. The
/// one rule that cannot be turned off is PC0001: a file that could not be read is always reported (at its default
/// severity when configuration says <c>none</c>), so that no configuration, not even one planted in a shared folder,
/// can make a file pass unchecked without a word.
/// </summary>
internal static class SeverityStage
{
    /// <summary>
    /// <paramref name="found"/> at the severities configuration and context give them, rules set to none left out,
    /// suppressions from <paramref name="document"/> (when the file was read) marked, in source order.
    /// </summary>
    public static ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> found, PublicityCheckConfiguration configuration, ReleaseDocument? document)
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in found)
        {
            var severity = configuration.SeverityOf(diagnostic.Descriptor);
            if (severity == DiagnosticSeverity.None && ReferenceEquals(diagnostic.Descriptor, EngineDescriptors.FileUnreadable))
            {
                severity = diagnostic.Descriptor.DefaultSeverity;
            }

            if (severity == DiagnosticSeverity.None)
            {
                continue;
            }

            // An escalation is kept on the finding only when it raised it, so no finding claims a severity it lacks.
            var escalation = diagnostic.Escalation is { } raise && raise.Severity > severity && configuration.Escalates(diagnostic.Id) ? raise : null;
            var suppression = document?.Suppressions.FirstOrDefault(s => s.Covers(diagnostic.Id, diagnostic.Location.Part, diagnostic.Location.Start));
            result.Add(diagnostic with
            {
                Severity = escalation?.Severity ?? severity,
                Escalation = escalation,
                Suppression = suppression is null
                    ? null
                    : new SuppressionInfo(suppression.Justification, new SourceLocation(document!.Path, suppression.Part, suppression.Origin, suppression.Origin)),
            });
        }

        result.Sort(DiagnosticOrder.Instance);
        return result.ToImmutable();
    }
}
