using System.Text.Json.Serialization;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Server.Api;

/// <summary>
/// One finding as the API reports it. <see cref="Paragraph"/> and <see cref="Offset"/> are 0-based: the index into
/// the paragraphs sent (a Markdown line; a Word body <c>w:p</c>) and the character within it; null for a finding
/// about the whole release.
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Paragraph">The paragraph index, or null.</param>
/// <param name="Offset">The character offset in the paragraph, or null.</param>
/// <param name="Length">How many characters the finding covers in that paragraph.</param>
/// <param name="Text">The exact words the finding is about.</param>
/// <param name="HelpUri">The rule's page.</param>
/// <param name="Suggestion">A replacement, where the rule offers one.</param>
/// <param name="Part">The part of a Word file (body, header1, footnotes...), or <c>file</c>.</param>
/// <param name="Fixes">The remedies the rule offers, best first (see <see cref="ApiFix"/>); empty when it offers none.</param>
/// <param name="Raised">
/// Why <paramref name="Severity"/> is above the rule's configured severity (such as <c>in the pre-election period for
/// the borough council elections of 7 May 2026</c>), or null (and left out) when it is not.
/// </param>
public sealed record ApiDiagnostic(
    string Id,
    string Severity,
    string Message,
    int? Paragraph,
    int? Offset,
    int Length,
    string? Text,
    Uri? HelpUri,
    string? Suggestion,
    string Part,
    IReadOnlyList<ApiFix> Fixes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Raised = null)
{
    /// <summary>The API's view of <paramref name="diagnostic"/>.</summary>
    public static ApiDiagnostic From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        var isFile = location.Part == DocumentParts.File;
        var length = location.End.Line == location.Start.Line
            ? Math.Max(0, location.End.Column - location.Start.Column)
            : diagnostic.Text?.Length ?? 0;
        return new ApiDiagnostic(
            diagnostic.Id,
            diagnostic.Severity.ToName(),
            diagnostic.Message,
            isFile ? null : location.Start.Line - 1,
            isFile ? null : location.Start.Column - 1,
            isFile ? 0 : length,
            diagnostic.Text,
            diagnostic.Descriptor.HelpUri,
            diagnostic.Suggestion,
            location.Part,
            [.. diagnostic.Fixes.Select(ApiFix.From)],
            diagnostic.Escalation?.Reason);
    }
}
