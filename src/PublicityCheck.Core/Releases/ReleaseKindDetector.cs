using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Releases;

/// <summary>
/// Decides what kind of release a document is: as its author states it (front matter or Word property
/// <c>category</c>), or from what its lead is about: a statutory notice, an emergency, the work of a scrutiny
/// committee, panel or review, or of another committee, or the civic head's office.
/// </summary>
internal static partial class ReleaseKindDetector
{
    private static readonly PhraseList Notice = new(["notice is hereby given", "statutory notice", "public notice", "notice of election", "notice of poll"]);
    private static readonly PhraseList Emergency = new(["major incident", "evacuation", "evacuated", "emergency rest centre", "rest centre", "flood warning", "severe flood warning", "boil water notice", "emergency services", "emergency response", "public safety warning", "shelter in place"]);
    private static readonly PhraseList Scrutiny = new(["scrutiny committee", "scrutiny panel", "scrutiny review", "scrutiny commission", "scrutiny board", "overview and scrutiny", "task and finish group", "scrutiny inquiry", "scrutiny members", "scrutiny councillors"]);
    // The civic calendar, which the civic head leads for the council: flags raised and days of remembrance, the
    // freedom of the borough, a book of condolence or a proclamation.
    private static readonly PhraseList CivicOccasion = new(["flag raising", "flag-raising", "raised the flag", "raise the flag", "flag was raised", "flag will be raised", "flag will fly", "Armed Forces Day", "Remembrance Sunday", "Remembrance Day", "Armistice Day", "Holocaust Memorial Day", "Commonwealth Day", "Merchant Navy Day", "Reserves Day", "VE Day", "VJ Day", "Victory in Europe Day", "Victory over Japan Day", "Battle of Britain Day", "Silver Jubilee", "Golden Jubilee", "Diamond Jubilee", "Platinum Jubilee", "freedom of the borough", "freedom of the city", "freedom of the county", "book of condolence", "books of condolence", "proclamation", "mayor-making", "mayor making", "annual council meeting"]);
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

        if (Scrutiny.Matches(lead).Any(mention => IsScrutinysWork(lead, mention)))
        {
            return (ReleaseKind.Scrutiny, false);
        }

        if (Committee.Matches(lead).Any())
        {
            return (ReleaseKind.Committee, false);
        }

        return IsCivic(lead) ? (ReleaseKind.Civic, false) : (ReleaseKind.General, false);
    }

    // Whether a scrutiny body the lead names is the release's subject, not the next place a report goes ("will take the
    // feedback to the next Overview and Scrutiny Committee", "before the scrutiny panel in March") nor a task and finish
    // group the Cabinet sets up ("Cabinet has agreed to set up a task and finish group", "the Cabinet-led task and finish
    // group"): a release about the Cabinet's or a service's work that names scrutiny on the way quotes the Cabinet.
    private static bool IsScrutinysWork(string lead, TextSpan mention)
    {
        var before = WordsBefore(lead, mention.Start, 4);
        if (before.Any(w => w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return !(lead.AsSpan(mention.Start, mention.Length).StartsWith("task", StringComparison.OrdinalIgnoreCase)
            && WordsBefore(lead, mention.Start, 8).Any(w => w.Equals("Cabinet", StringComparison.OrdinalIgnoreCase)));
    }

    // Up to 'count' words before 'offset', nearest first, in its sentence.
    private static List<string> WordsBefore(string text, int offset, int count)
    {
        var words = new List<string>(count);
        var i = offset - 1;
        while (i >= 0 && words.Count < count)
        {
            if (text[i] is '.' or '!' or '?' or '\n')
            {
                break;
            }

            if (!char.IsLetter(text[i]))
            {
                i--;
                continue;
            }

            var end = i + 1;
            while (i >= 0 && char.IsLetter(text[i]))
            {
                i--;
            }

            words.Add(text[(i + 1)..end]);
        }

        return words;
    }

    // The lead is about an occasion of the civic calendar, or names the civic head's post ("The Mayor of Easterby has
    // opened ...", "Provost's awards", "Chairman of Mid Wreake District Council", a Scottish council's "Convener" but
    // not a committee's) and not a mayor of another kind: a
    // children's or youth mayor, or the elected mayor of a combined authority or London, a politician of the region.
    private static bool IsCivic(string lead)
    {
        if (lead.Length > MaxLead)
        {
            return false;
        }

        if (CivicOccasion.Matches(lead).Any())
        {
            return true;
        }

        var others = OtherMayor().Matches(lead);
        return CivicPost().Matches(lead).Any(post => !others.Any(other => other.Index < post.Index + post.Length && post.Index < other.Index + other.Length));
    }

    // A lead is a headline and two paragraphs; a longer one is read no further for a civic post.
    private const int MaxLead = 4000;

    [GeneratedRegex(@"\b(?:(?:Lord\s+|Deputy\s+|Deputy\s+Lord\s+)?Mayor(?:ess)?|Lady\s+Mayoress|(?:Lord\s+|Deputy\s+|Depute\s+)?Provost|(?:Depute\s+|Vice[\s-]+)?(?:Council\s+)?Conven[eo]r(?!\s+of\s+(?:the\s+)?(?:[\p{L}&'’-]+\s+){0,6}?(?:Committee|Sub-Committee|Board|Panel|Group|Forum)\b)|(?:Vice[\s-]+)?Chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){0,5}(?:County\s+|District\s+|Borough\s+|City\s+)?Council(?![\p{L}'’])|(?i:civic\s+(?:head|reception|service|award|awards|ceremony|year|duties|engagement|engagements)))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CivicPost();

    [GeneratedRegex(@"\b(?:children['’]s|youth|young|junior|school|pupil)\s+mayor\b|\bmetro\s+mayor\b|\bmayoral\s+(?:combined|authority|election)\b|\bcombined\s+authority\b|\bMayor\s+of\s+(?:London|Greater\s+Manchester|the\s+West\s+Midlands|West\s+Yorkshire|the\s+West\s+of\s+England|the\s+North\s+East|the\s+Liverpool\s+City\s+Region|South\s+Yorkshire|Tees\s+Valley|Cambridgeshire\s+and\s+Peterborough|East\s+Midlands|York\s+and\s+North\s+Yorkshire)\b|\b(?:directly\s+)?elected\s+mayor\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherMayor();
}
