using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Releases;

/// <summary>
/// Decides what kind of release a document is: as its author states it (front matter or Word property
/// <c>category</c>), or from what its lead is about: a statutory notice, an emergency, the work of a scrutiny
/// committee, panel or review, or of another committee.
/// </summary>
internal static class ReleaseKindDetector
{
    private static readonly PhraseList Notice = new(["notice is hereby given", "statutory notice", "public notice", "notice of election", "notice of poll"]);
    private static readonly PhraseList Emergency = new(["major incident", "evacuation", "evacuated", "emergency rest centre", "rest centre", "flood warning", "severe flood warning", "boil water notice", "emergency services", "emergency response", "public safety warning", "shelter in place"]);
    private static readonly PhraseList Scrutiny = new(["scrutiny committee", "scrutiny panel", "scrutiny review", "scrutiny commission", "scrutiny board", "overview and scrutiny", "task and finish group", "scrutiny inquiry", "scrutiny members", "scrutiny councillors"]);
    private static readonly PhraseList Committee = new(["planning committee", "licensing committee", "audit committee", "audit and governance committee", "standards committee", "development control committee", "regulatory committee", "appeals committee", "plans committee", "licensing sub committee", "planning board", "health and wellbeing board"]);

    /// <summary>The kind of <paramref name="document"/> and whether the author stated it.</summary>
    public static (ReleaseKind Kind, bool Stated) Detect(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var name in new[] { "category", "kind", "type" })
        {
            if (ReleaseKinds.TryParse(document.Metadata.GetProperty(name), out var stated))
            {
                return (stated, true);
            }
        }

        var lead = ReleaseLead.Text(document);
        if (Notice.Matches(lead).Any())
        {
            return (ReleaseKind.StatutoryNotice, false);
        }

        if (Emergency.Matches(lead).Any())
        {
            return (ReleaseKind.Emergency, false);
        }

        if (Scrutiny.Matches(lead).Any())
        {
            return (ReleaseKind.Scrutiny, false);
        }

        return Committee.Matches(lead).Any() ? (ReleaseKind.Committee, false) : (ReleaseKind.General, false);
    }
}
