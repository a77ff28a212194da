using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Text;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// Decides whether a sentence the classifier reads as taking sides is the council's comment on central or devolved
/// government (PC0204) rather than party-political language (PC0201). The Code of Recommended Practice on Local
/// Authority Publicity lets a council explain its view of a government decision that affects it, so long as the
/// comment is objective, balanced, informative and accurate; what it must never do is appear to affect support for a
/// party. A sentence is such a comment when all of these hold:
/// <list type="bullet">
/// <item>it names the government or one of its decisions about councils (<c>lexicons/partisan/government-comment.txt</c>);</item>
/// <item>it names no party or council group (<c>party-names.txt</c>), no person but a councillor or someone the release quotes,
/// and no words of blame or contempt (<c>government-blame.txt</c>: "austerity", "betrayed", "the Prime Minister");</item>
/// <item>the council says it, in its own words or a quotation nobody is named for, or the quotation's speaker speaks
/// for the council: the Leader, a Deputy Leader, a Cabinet Member, a chair, the civic head or an officer, whose role
/// names no party or opposition.</item>
/// </list>
/// Anything else the classifier reports stays with PC0201: a party's name or a politician's, blame, or a speaker who
/// does not speak for the council (a backbench or opposition member, an MP, someone whose role the release does not
/// give) keeps the stricter finding.
/// </summary>
internal static class GovernmentComment
{
    private static readonly Lazy<PhraseList> Subjects = new(() => PhraseList.FromLexicon("partisan/government-comment.txt"));
    private static readonly Lazy<PhraseList> Blame = new(() => PhraseList.FromLexicon("partisan/government-blame.txt"));

    // Words in a speaker's stated role that say they speak for a party, a group or another body, not the council.
    private static readonly PhraseList OutsideVoices = new(
    [
        "opposition", "group leader", "leader of the opposition", "shadow", "spokesperson", "spokesman", "spokeswoman",
        "MP", "MSP", "MS", "AM", "MLA", "Member of Parliament", "candidate", "campaigner", "party",
    ]);

    /// <summary>
    /// The words in <paramref name="text"/> that make it a comment on government ("the finance settlement"), when the
    /// sentence reads as one by its words alone: null when it names no government subject, or names a party, a
    /// person other than a councillor or someone quoted, or words of blame. <paramref name="quotedNames"/> are surnames
    /// of people the release quotes, whose names may appear.
    /// </summary>
    public static string? SubjectOf(string text, IReadOnlySet<string> quotedNames)
    {
        ArgumentNullException.ThrowIfNull(quotedNames);
        return SubjectOf(text, quotedNames.Contains);
    }

    private static string? SubjectOf(string text, Func<string, bool> isQuoted)
    {
        ArgumentNullException.ThrowIfNull(text);
        var subject = Subjects.Value.Matches(text).FirstOrDefault();
        if (subject.Length == 0 || PartyNames.In(text) || Blame.Value.Matches(text).Any() || NamesSomeoneElse(text, isQuoted))
        {
            return null;
        }

        return text.Substring(subject.Start, subject.Length);
    }

    /// <summary>
    /// The words of <paramref name="sentence"/> that make it the council's comment on government, or null when the
    /// sentence is not one (see the class): its words, then whose they are.
    /// </summary>
    public static string? SubjectOf(ReleaseModel model, Sentence sentence, Quotation? quotation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentence);
        // The release's speakers are looked through only when the sentence names someone without a title (rare).
        return SubjectOf(sentence.Text, surname => IsQuoted(model, surname)) is { } subject && SpeaksForCouncil(model, quotation) ? subject : null;
    }

    /// <summary>Whether the words of <paramref name="quotation"/> (null for the council's own) are the council's: see the class.</summary>
    internal static bool SpeaksForCouncil(ReleaseModel model, Quotation? quotation)
    {
        if (quotation?.Speaker is not { } mention)
        {
            return true; // The council's own words, or a quotation the release gives nobody for: the council speaks.
        }

        if (mention.RoleText is { } role && (PartyNames.In(role) || OutsideVoices.Matches(role).Any()))
        {
            return false;
        }

        var speaker = model.Speakers.FirstOrDefault(s => ReferenceEquals(s.Quotation, quotation));
        return speaker is not null && speaker.EffectiveRoles.Any(kind => kind is RoleKind.Leader or RoleKind.DeputyLeader or RoleKind.CabinetMember
            or RoleKind.ScrutinyChair or RoleKind.CommitteeChair or RoleKind.CivicHead or RoleKind.Officer);
    }

    // A person named in the sentence who is neither a councillor nor quoted in the release: a politician ("Mr
    // Cameron", "Rishi Sunak"), whom a comment on government has no need to name. A councillor's title marks the
    // council's own member ("Cllr Reid said the settlement ..."); a party's member is caught by the party's name.
    private static bool NamesSomeoneElse(string text, Func<string, bool> isQuoted) =>
        PersonNames.FindTitled(text).Any(name => !IsCouncillorTitle(name.Title))
        || PersonNames.FindUntitled(text).Any(name => !isQuoted(name.Surname));

    // A councillor's title, or a civic head's, who is a councillor too ("Alderman", "Lord Mayor", "Provost").
    private static bool IsCouncillorTitle(string? title) =>
        QuotedSpeaker.IsCouncillorTitle(title) || title is "Alderman" or "Alderwoman" or "Mayor" or "Lord Mayor" or "Deputy Mayor" or "Deputy Lord Mayor" or "Provost" or "Lord Provost";

    // Surnames are compared as the roster compares names: folded, without titles or letters after them.
    private static bool IsQuoted(ReleaseModel model, string surname)
    {
        var folded = People.PersonName.Surname(surname);
        return model.Quotations.Any(q => q.Speakers.Any(s => string.Equals(People.PersonName.Surname(s.Name), folded, StringComparison.Ordinal)));
    }
}
