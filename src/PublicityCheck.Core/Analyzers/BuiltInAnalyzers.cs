using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Analyzers.Quotations;

namespace PublicityCheck.Analyzers;

/// <summary>The analyzers that ship with PublicityCheck, assembled in one place.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static ImmutableArray<PublicityAnalyzer> Create() =>
        [new QuotationAnalyzer(), new LocalMembersAnalyzer(), new PreElectionAnalyzer(), new PreElectionSpeakersAnalyzer(), new PartisanAnalyzer(),
            new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All)];
}
