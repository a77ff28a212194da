using System.Text.RegularExpressions;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// One line of the audit of approvals: a suppression in a release, the finding it hides (or that it hides none now),
/// and its justification read as a reason, an approver and a date where it is written in the house form
/// <c>-- reason, approved by the Monitoring Officer, 3 March 2026</c>.
/// </summary>
/// <param name="Path">The release.</param>
/// <param name="Line">The line (Markdown) or paragraph (Word) it is written on.</param>
/// <param name="RuleId">The rule of the finding it hides; for one that hides none, the rules it names ("" for every rule).</param>
/// <param name="Text">The words of the finding it hides, or null.</param>
/// <param name="Justification">Everything written after <c>--</c>, or null.</param>
/// <param name="FindingExists">Whether the finding it hides is still raised; false when the suppression hides nothing now.</param>
public sealed partial record SuppressionEntry(string Path, int Line, string RuleId, string? Text, string? Justification, bool FindingExists)
{
    /// <summary>Who approved it: the words after "approved by" up to a comma, semicolon or the end; null when not written.</summary>
    public string? Approver => Justification is not null && ApprovedBy().Match(Justification) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    /// <summary>The date written in it ("3 March 2026" or "2026-03-03"), as written; null when none is.</summary>
    public string? Date => Justification is not null && WrittenDate().Match(Justification) is { Success: true } m ? m.Value : null;

    /// <summary>The reason: the justification without the approval and the date; null when nothing else is written.</summary>
    public string? Reason
    {
        get
        {
            if (Justification is null)
            {
                return null;
            }

            var rest = WrittenDate().Replace(ApprovedBy().Replace(Justification, string.Empty), string.Empty);
            rest = Separators().Replace(rest, ", ").Trim(' ', ',', ';', '.', '-');
            return rest.Length == 0 ? null : rest;
        }
    }

    [GeneratedRegex(@"\bapproved\s+by\s+([^,;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ApprovedBy();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\s*[,;]\s*(?:[,;]\s*)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Separators();
}
