using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Confidentiality;
using PublicityCheck.Analyzers.Partisan;

namespace PublicityCheck.Analyzers;

/// <summary>The analyzers that ship with PublicityCheck, assembled in one place.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static ImmutableArray<PublicityAnalyzer> Create() => [new PartisanAnalyzer(), new ConfidentialityAnalyzer()];
}
