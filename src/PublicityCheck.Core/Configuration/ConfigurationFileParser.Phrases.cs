using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Configuration;

/// <summary>The <c>phrases</c> section: a team's own phrase rules.</summary>
internal static partial class ConfigurationFileParser
{
    private static readonly string[] PhraseProperties = ["id", "match", "message", "severity", "suggest"];

    [GeneratedRegex("^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

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
                Expect(item, JsonValueKind.Object, itemPath, "must be an object with id, match and message");
                foreach (var property in item.EnumerateObject())
                {
                    if (Array.IndexOf(PhraseProperties, property.Name) < 0)
                    {
                        throw Error($"{itemPath}.{property.Name}", $"'{property.Name}' is not a property of a phrase rule (known: {string.Join(", ", PhraseProperties)})");
                    }
                }

                var id = RequiredString(item, itemPath, "id", "must be a rule id, letters then digits, such as \"LOCAL001\"");
                if (!RuleIdPattern().IsMatch(id) || id.StartsWith("PC", StringComparison.OrdinalIgnoreCase))
                {
                    throw Error(itemPath + ".id", $"\"{id}\" is not a rule id for a phrase rule: use letters then digits, not starting PC (which is PublicityCheck's own), such as \"LOCAL001\"");
                }

                if (!ids.Add(id))
                {
                    throw Error(itemPath + ".id", $"\"{id}\" is already the id of another phrase rule in this file");
                }

                var rule = new PhraseRule(
                    id,
                    ReadMatch(item, itemPath),
                    RequiredString(item, itemPath, "message", "must be the message to show, as a non-empty string"),
                    ReadPhraseSeverity(item, itemPath),
                    OptionalString(item, itemPath, "suggest"),
                    Origin(itemPath + ".id"));
                into.Add(rule);
            }
        }

        private ImmutableArray<string> ReadMatch(JsonElement item, string itemPath)
        {
            var matchPath = itemPath + ".match";
            if (!item.TryGetProperty("match", out var match) || match.ValueKind != JsonValueKind.Array || match.GetArrayLength() == 0)
            {
                throw Error(item.TryGetProperty("match", out _) ? matchPath : itemPath, "must have \"match\": a non-empty list of phrases");
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
