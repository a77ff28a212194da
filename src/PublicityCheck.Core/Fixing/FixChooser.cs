using PublicityCheck.Diagnostics;

namespace PublicityCheck.Fixing;

/// <summary>Chooses fixes for findings.</summary>
public static class FixChooser
{
    /// <summary>
    /// The fix to apply for each active finding of <paramref name="findings"/>: by <paramref name="selection"/>, and
    /// only for the rules of <paramref name="rules"/> when it is not empty. Suppressed findings are left alone.
    /// </summary>
    public static IReadOnlyList<FixChoice> Choose(IEnumerable<Diagnostic> findings, FixSelection selection, IReadOnlyCollection<string>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var choices = new List<FixChoice>();
        foreach (var finding in findings)
        {
            if (finding.IsSuppressed || (rules is { Count: > 0 } && !rules.Contains(finding.Id, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fix = finding.Fixes.FirstOrDefault(f => !f.IsAdvice && (selection == FixSelection.First || f.IsSafe));
            if (fix is not null)
            {
                choices.Add(new FixChoice(finding, fix));
            }
        }

        return choices;
    }
}
