using PublicityCheck.Diagnostics;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>The rules of the party-political language family (PC0201-PC0202; PC0203 is a phrase rule, in <c>lexicons/partisan/</c>).</summary>
public static class PartisanDescriptors
{
    /// <summary>The rule family.</summary>
    public const string Category = "Party-political language";

    private const string Law = "Council publicity must be objective and even-handed and must not appear to affect support for a political party (Local Government Act 1986 s.2; Code of Recommended Practice on Local Authority Publicity 2011; county protocol 8.81, 8.89).";

    /// <summary>PC0201: the classifier scores a sentence as party-political.</summary>
    public static readonly DiagnosticDescriptor PartisanSentence = new(
        "PC0201",
        "Sentence reads as party-political",
        "Partisan language ({0}): {1}; say what the council is doing as fact, without praise or blame of any party, group or administration",
        Category,
        DiagnosticSeverity.Warning,
        "A classifier trained on council releases scores each sentence for electioneering, praise of a party's record, attacks on parties or groups, slogans and claims of credit. " + Law);

    /// <summary>PC0202: a party or group is named in the council's own words.</summary>
    public static readonly DiagnosticDescriptor PartyNamed = new(
        "PC0202",
        "Political party or group named in the council's own words",
        "'{0}' names a political party or group in the council's own words; name parties only in factual contexts such as election notices or the council's make-up",
        Category,
        DiagnosticSeverity.Info,
        "Releases speak for the council, not for a party; naming a party outside a quotation or a factual context can make the release appear to favour it or attack it. " + Law);
}
