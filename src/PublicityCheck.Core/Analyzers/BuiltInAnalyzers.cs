using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Analyzers.Quotations;

namespace PublicityCheck.Analyzers;

/// <summary>
/// The rules that ship with PublicityCheck, assembled in one place: one analyzer a rule, in a file named by the
/// rule's id and title (<c>Quotations/PC0102CabinetMemberOutsidePortfolio.cs</c>) with its descriptor at the top,
/// and the word-list rules as data under <c>lexicons/</c>, run by the phrase-rule engine.
/// </summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static ImmutableArray<PublicityAnalyzer> Create() =>
    [
        new PC0101SpeakerNotAllowed(),
        new PC0102CabinetMemberOutsidePortfolio(),
        new PC0103SpeakerBeyondCapacity(),
        new PC0104QuotationNotAttributed(),
        new PC0105SpeakerNotInRoster(),
        new PC0106StatedRoleNotHeld(),
        new PC0107LocalMemberNotInvited(),
        new PC0108QuotationsFromOneGroup(),
        new PC0201PartisanSentence(),
        new PC0202PartyNamedInCouncilsWords(),
        new PC0204CommentOnGovernment(),
        new PC0301PreElectionPeriodStartsSoon(),
        new PC0303PublicationDateAssumed(),
        new PC0304CouncillorQuotedInPeriod(),
        new PC0305CandidateFeaturedInPeriod(),
        new PC0306ProposalIdentifiedWithGroup(),
        new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All),
    ];
}
