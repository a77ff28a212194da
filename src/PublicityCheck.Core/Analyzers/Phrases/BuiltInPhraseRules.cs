using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Phrases;

/// <summary>
/// PublicityCheck's own word-list rules, written as phrase rules: one file a rule under <c>lexicons/</c>, named by
/// its id and title (<c>lexicons/partisan/PC0203-electioneering-phrase.json</c>), built into this assembly and run
/// by <see cref="ConfiguredPhraseAnalyzer"/> as a team's own phrase rules are.
/// </summary>
public static partial class BuiltInPhraseRules
{
    private static readonly Lazy<ImmutableArray<PhraseRule>> Rules = new(Load);

    /// <summary>Every built-in phrase rule, by id.</summary>
    public static ImmutableArray<PhraseRule> All => Rules.Value;

    /// <summary>The built-in phrase rule <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No built-in phrase rule has that id.</exception>
    public static PhraseRule Get(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal)) ?? throw new KeyNotFoundException($"No built-in phrase rule is {id}.");

    /// <summary>The file under <c>lexicons/</c> that declares the built-in phrase rule <paramref name="id"/>.</summary>
    public static string FileOf(string id) => Get(id).Origin.File;

    private static ImmutableArray<PhraseRule> Load() =>
    [
        .. LexiconResources.List()
            .Where(path => RuleFile().IsMatch(path))
            .Select(path =>
            {
                var rule = ConfigurationFileParser.ParseBuiltInPhraseRule(path, Encoding.UTF8.GetBytes(LexiconResources.ReadText(path)));
                if (!Path.GetFileName(path).StartsWith(rule.Id + "-", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"lexicons/{path} declares {rule.Id}; a rule's file is named by its id.");
                }

                return rule with { HelpUri = new Uri(DiagnosticDescriptor.HelpBaseUri + rule.Id + ".md", UriKind.Relative) };
            })
            .OrderBy(r => r.Id, StringComparer.Ordinal),
    ];

    // partisan/PC0203-electioneering-phrase.json
    [GeneratedRegex(@"(^|/)PC[0-9]{4}-[a-z0-9-]+\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleFile();
}
