using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Configuration;

/// <summary>The <c>phrases</c> section: a team's own phrase rules.</summary>
internal static partial class ConfigurationFileParser
{
    private static readonly string[] PhraseProperties =
        ["id", "title", "category", "description", "match", "message", "severity", "suggest", "scope", "when", "exceptReleaseKinds", "unless", "unlessInRelease"];

    [GeneratedRegex("^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

    /// <summary>
    /// Reads a file that holds one phrase rule of PublicityCheck's own (one of the <c>PCnnnn-*.json</c> files under
    /// <c>lexicons/</c>), checked as a team's phrase rule is, except that its id is a <c>PC</c> id.
    /// </summary>
    /// <exception cref="ConfigurationException">The JSON is malformed or holds an invalid value.</exception>
    internal static PhraseRule ParseBuiltInPhraseRule(string path, ReadOnlyMemory<byte> utf8) =>
        Read(path, utf8, (reader, root) => reader.ReadPhrase(root, "$", builtIn: true));

    private sealed partial class Reader
    {
        private void ReadPhrases(JsonElement list, string listPath, ImmutableArray<PhraseRule>.Builder into)
        {
            Expect(list, JsonValueKind.Array, listPath, "must be a list of phrase rules, such as [{ \"id\": \"LOCAL001\", \"match\": [\"regime\"], \"message\": \"...\" }]");
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var itemPath = $"{listPath}[{i++}]";
                var rule = ReadPhrase(item, itemPath, builtIn: false);
                if (!ids.Add(rule.Id))
                {
                    throw Error(itemPath + ".id", $"\"{rule.Id}\" is already the id of another phrase rule in this file");
                }

                into.Add(rule);
            }
        }

        public PhraseRule ReadPhrase(JsonElement item, string itemPath, bool builtIn)
        {
            Expect(item, JsonValueKind.Object, itemPath, "must be an object with id, match and message");
            foreach (var property in item.EnumerateObject())
            {
                if (Array.IndexOf(PhraseProperties, property.Name) < 0)
                {
                    throw Error($"{itemPath}.{property.Name}", $"'{property.Name}' is not a property of a phrase rule (known: {string.Join(", ", PhraseProperties)})");
                }
            }

            var id = RequiredString(item, itemPath, "id", "must be a rule id, letters then digits, such as \"LOCAL001\"");
            if (!RuleIdPattern().IsMatch(id) || (!builtIn && id.StartsWith("PC", StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(itemPath + ".id", $"\"{id}\" is not a rule id for a phrase rule: use letters then digits, not starting PC (which is PublicityCheck's own), such as \"LOCAL001\"");
            }

            var message = RequiredString(item, itemPath, "message", "must be the message to show, as a non-empty string");
            var when = ReadWhen(item, itemPath);
            if (when != PhraseCondition.PreElectionPeriod && PhraseRule.Placeholders.Skip(1).FirstOrDefault(p => message.Contains(p, StringComparison.Ordinal)) is { } placeholder)
            {
                throw Error(itemPath + ".message", $"{placeholder} is known only in a rule with \"when\": \"pre-election-period\"");
            }

            var rule = new PhraseRule(id, ReadPhrases(item, itemPath, "match", required: true), message, ReadPhraseSeverity(item, itemPath), OptionalString(item, itemPath, "suggest"), Origin(itemPath + ".id"))
            {
                Scope = ReadScope(item, itemPath),
                When = when,
                ExceptReleaseKinds = ReadReleaseKinds(item, itemPath),
                Unless = ReadPhrases(item, itemPath, "unless", required: false),
                UnlessInRelease = ReadPhrases(item, itemPath, "unlessInRelease", required: false),
            };
            return rule with
            {
                Title = OptionalNonEmptyString(item, itemPath, "title") ?? rule.Title,
                Category = OptionalNonEmptyString(item, itemPath, "category") ?? rule.Category,
                Description = OptionalNonEmptyString(item, itemPath, "description"),
            };
        }

        private PhraseScope ReadScope(JsonElement item, string itemPath) => OptionalString(item, itemPath, "scope") switch
        {
            null or "block" => PhraseScope.Block,
            "sentence" => PhraseScope.Sentence,
            var other => throw Error(itemPath + ".scope", $"\"{other}\" is not a scope: use \"block\" or \"sentence\""),
        };

        private PhraseCondition ReadWhen(JsonElement item, string itemPath) => OptionalString(item, itemPath, "when") switch
        {
            null or "always" => PhraseCondition.Always,
            "pre-election-period" => PhraseCondition.PreElectionPeriod,
            var other => throw Error(itemPath + ".when", $"\"{other}\" is not a condition: use \"always\" or \"pre-election-period\""),
        };

        private ImmutableArray<Releases.ReleaseKind> ReadReleaseKinds(JsonElement item, string itemPath)
        {
            var names = ReadPhrases(item, itemPath, "exceptReleaseKinds", required: false);
            var kinds = ImmutableArray.CreateBuilder<Releases.ReleaseKind>(names.Length);
            for (var i = 0; i < names.Length; i++)
            {
                if (!Releases.ReleaseKinds.TryParse(names[i], out var kind))
                {
                    throw Error($"{itemPath}.exceptReleaseKinds[{i}]", $"\"{names[i]}\" is not a kind of release: use \"general\", \"scrutiny\", \"committee\", \"emergency\", \"statutory-notice\" or \"civic\"");
                }

                kinds.Add(kind);
            }

            return kinds.MoveToImmutable();
        }

        private string? OptionalNonEmptyString(JsonElement item, string itemPath, string name)
        {
            var value = OptionalString(item, itemPath, name);
            return value is not null && string.IsNullOrWhiteSpace(value) ? throw Error($"{itemPath}.{name}", "must be a non-empty string") : value;
        }

        private ImmutableArray<string> ReadPhrases(JsonElement item, string itemPath, string name, bool required)
        {
            var matchPath = $"{itemPath}.{name}";
            if (!required && !item.TryGetProperty(name, out _))
            {
                return [];
            }

            if (!item.TryGetProperty(name, out var match) || match.ValueKind != JsonValueKind.Array || match.GetArrayLength() == 0)
            {
                throw Error(item.TryGetProperty(name, out _) ? matchPath : itemPath, $"must have \"{name}\": a non-empty list of phrases");
            }

            var phrases = ImmutableArray.CreateBuilder<string>();
            var i = 0;
            foreach (var phrase in match.EnumerateArray())
            {
                var phrasePath = $"{matchPath}[{i++}]";
                if (phrase.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(phrase.GetString()))
                {
                    throw Error(phrasePath, "must be a phrase, as a non-empty string");
                }

                phrases.Add(phrase.GetString()!.Trim());
            }

            return phrases.ToImmutable();
        }

        private DiagnosticSeverity ReadPhraseSeverity(JsonElement item, string itemPath)
        {
            if (!item.TryGetProperty("severity", out var value))
            {
                return DiagnosticSeverity.Warning;
            }

            if (value.ValueKind != JsonValueKind.String || !DiagnosticSeverityNames.TryParse(value.GetString(), out var severity))
            {
                throw Error(itemPath + ".severity", $"{value.GetRawText()} is not a severity: use \"error\", \"warning\", \"info\" or \"none\"");
            }

            return severity;
        }

        private string RequiredString(JsonElement item, string itemPath, string name, string reason)
        {
            if (!item.TryGetProperty(name, out var value))
            {
                throw Error(itemPath, $"must have \"{name}\": {reason.Replace("must be ", string.Empty, StringComparison.Ordinal)}");
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                throw Error($"{itemPath}.{name}", reason);
            }

            return value.GetString()!;
        }

        private string? OptionalString(JsonElement item, string itemPath, string name)
        {
            if (!item.TryGetProperty(name, out var value))
            {
                return null;
            }

            Expect(value, JsonValueKind.String, $"{itemPath}.{name}", "must be a string");
            return value.GetString();
        }

        private SettingOrigin Origin(string jsonPath)
        {
            var (line, column) = index.Find(jsonPath);
            return new SettingOrigin(path, jsonPath, line, column);
        }
    }
}
