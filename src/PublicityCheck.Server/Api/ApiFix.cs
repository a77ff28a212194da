using PublicityCheck.Diagnostics;

namespace PublicityCheck.Server.Api;

/// <summary>One remedy the rule offers for a finding, as the API reports it: an add-in's "Apply" applies its edits.</summary>
/// <param name="Title">What it does: <c>Replace 'Cllr Helen Mash' with 'Cllr Helen Marsh'</c>, or advice such as who could be quoted instead.</param>
/// <param name="Safe">Whether it may be applied without a person reading it.</param>
/// <param name="Edits">The edits, in text order; empty for advice, which is shown and never applied.</param>
public sealed record ApiFix(string Title, bool Safe, IReadOnlyList<ApiEdit> Edits)
{
    /// <summary>The API's view of <paramref name="fix"/>.</summary>
    public static ApiFix From(SuggestedFix fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        return new ApiFix(fix.Title, fix.IsSafe, [.. fix.Edits.Select(ApiEdit.From)]);
    }
}
