using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.IO;

namespace PublicityCheck.Configuration;

/// <summary>
/// Reads one <c>publicitycheck.json</c> and checks every value, so that a typing slip stops the run with the
/// file, the JSON path and the line rather than being silently ignored.
/// </summary>
internal static partial class ConfigurationFileParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private static readonly string[] KnownProperties = ["$schema", "root", "rules", "analyzers", "exclude", "people", "roster", "policy", "elections", "calendar", "phrases", "helpBaseUrl", "classifier", "balance", "noisyRules"];

    /// <summary>Reads the configuration file at <paramref name="path"/>.</summary>
    /// <returns>The configuration, and whether the file says <c>"root": true</c>.</returns>
    /// <exception cref="ConfigurationException">
    /// The file cannot be read, is not a regular file, is larger than <see cref="ConfigurationLimits.MaxConfigurationBytes"/>
    /// or holds an invalid value.
    /// </exception>
    public static (PublicityCheckConfiguration Configuration, bool IsRoot) ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = UntrustedFile.ReadAllBytes(path, ConfigurationLimits.MaxConfigurationBytes);
        }
        catch (UntrustedFileException ex)
        {
            throw new ConfigurationException(path, "$", 0, 0, $"the configuration file could not be read: {ex.Message}", ex);
        }

        return Parse(path, bytes);
    }

    /// <summary>Reads configuration from <paramref name="utf8"/>, reporting errors against <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The JSON is malformed or holds an invalid value.</exception>
    public static (PublicityCheckConfiguration Configuration, bool IsRoot) Parse(string path, ReadOnlyMemory<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(path, utf8, (reader, root) => reader.Read(root));
    }

    private static T Read<T>(string path, ReadOnlyMemory<byte> utf8, Func<Reader, JsonElement, T> read)
    {
        var bytes = utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        RequireUtf8(path, bytes.Span);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new ConfigurationException(path, ex.Path ?? "$", line, column, "the file is not valid JSON: " + FirstSentence(ex.Message), ex);
        }

        using (document)
        {
            var index = JsonLineIndex.Build(bytes.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return read(new Reader(path, index), document.RootElement);
        }
    }

    // The JSON reader checks the UTF-8 of a string only when the string is read, and then throws an
    // InvalidOperationException; a file saved in another encoding (a pound sign in Windows-1252) is a
    // configuration error naming the line instead.
    private static void RequireUtf8(string path, ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var valid = bytes[..offset];
        var lineStart = valid.LastIndexOf((byte)'\n') + 1;
        var line = valid.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(valid[lineStart..]) + 1;
        throw new ConfigurationException(path, "$", line, column, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2}): save it as UTF-8");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    private sealed partial class Reader(string path, JsonLineIndex index)
    {
        private readonly ImmutableArray<string>.Builder _dataFiles = ImmutableArray.CreateBuilder<string>();
        private readonly ImmutableDictionary<string, string>.Builder _analyzerOrigins = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);

        public (PublicityCheckConfiguration, bool) Read(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "$", "the configuration must be a JSON object");
            var isRoot = false;
            var rules = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
            var origins = ImmutableDictionary.CreateBuilder<string, SettingOrigin>(StringComparer.OrdinalIgnoreCase);
            var escalations = ImmutableDictionary.CreateBuilder<string, bool>(StringComparer.OrdinalIgnoreCase);
            var analyzers = ImmutableArray.CreateBuilder<string>();
            var exclude = ImmutableArray.CreateBuilder<ExcludePattern>();
            var people = new PeopleCollector(this);
            Policies.PolicyPack? policy = null;
            JsonElement? elections = null;
            var calendar = CalendarSettings.Default;
            var phrases = ImmutableArray.CreateBuilder<PhraseRule>();
            HelpBaseUrl? helpBaseUrl = null;
            ClassifierMode? classifier = null;
            var balance = BalanceSettings.Default;
            var noisyRules = NoisyRuleSettings.Default;
            foreach (var property in root.EnumerateObject())
            {
                var propertyPath = "$." + property.Name;
                switch (property.Name)
                {
                    case "$schema":
                        Expect(property.Value, JsonValueKind.String, propertyPath, "must be a string");
                        break;
                    case "root":
                        if (property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            throw Error(propertyPath, "must be true or false");
                        }

                        isRoot = property.Value.GetBoolean();
                        break;
                    case "rules":
                        ReadRules(property.Value, propertyPath, rules, escalations, origins);
                        break;
                    case "analyzers":
                        ReadAnalyzers(property.Value, propertyPath, analyzers);
                        break;
                    case "exclude":
                        ReadExclude(property.Value, propertyPath, exclude);
                        break;
                    case "people":
                        ReadPeople(property.Value, propertyPath, people);
                        break;
                    case "roster":
                        ReadRoster(property.Value, propertyPath, people);
                        break;
                    case "policy":
                        policy = ReadPolicy(property.Value, propertyPath);
                        break;
                    case "elections":
                        elections = property.Value;
                        break;
                    case "calendar":
                        calendar = ReadCalendar(property.Value, propertyPath);
                        break;
                    case "phrases":
                        ReadPhrases(property.Value, propertyPath, phrases);
                        break;
                    case "helpBaseUrl":
                        helpBaseUrl = ReadHelpBaseUrl(property.Value, propertyPath);
                        break;
                    case "classifier":
                        classifier = ReadClassifier(property.Value, propertyPath);
                        break;
                    case "balance":
                        balance = ReadBalance(property.Value, propertyPath);
                        break;
                    case "noisyRules":
                        noisyRules = ReadNoisyRules(property.Value, propertyPath);
                        break;
                    default:
                        throw Error(propertyPath, $"'{property.Name}' is not a setting (known settings: {string.Join(", ", KnownProperties.Skip(1))})");
                }
            }

            var configuration = new PublicityCheckConfiguration
            {
                Sources = [path],
                Rules = rules.ToImmutable(),
                RuleEscalations = escalations.ToImmutable(),
                RuleOrigins = origins.ToImmutable(),
                Analyzers = analyzers.ToImmutable(),
                AnalyzerOrigins = _analyzerOrigins.ToImmutable(),
                DataFiles = _dataFiles.ToImmutable(),
                Exclude = exclude.ToImmutable(),
                People = people.ToImmutable(),
                Policy = policy,
                Elections = elections is { } list ? ReadElections(list, "$.elections", calendar) : [],
                Calendar = calendar,
                Phrases = phrases.ToImmutable(),
                HelpBaseUrl = helpBaseUrl,
                Classifier = classifier,
                Balance = balance,
                NoisyRules = noisyRules,
            };
            return (configuration, isRoot);
        }

        private ClassifierMode ReadClassifier(JsonElement value, string jsonPath) => value.ValueKind == JsonValueKind.String
            ? value.GetString() switch
            {
                "accurate" => ClassifierMode.Accurate,
                "fast" => ClassifierMode.Fast,
                _ => throw Error(jsonPath, $"{value.GetRawText()} is not a classifier: use \"accurate\" (the default: the n-gram model and the sentence encoder) or \"fast\" (the n-gram model and the frames read from the words, no encoder)"),
            }
            : throw Error(jsonPath, $"{value.GetRawText()} is not a classifier: use \"accurate\" (the default: the n-gram model and the sentence encoder) or \"fast\" (the n-gram model and the frames read from the words, no encoder)");

        private void ReadRules(
            JsonElement rules,
            string rulesPath,
            ImmutableDictionary<string, DiagnosticSeverity>.Builder into,
            ImmutableDictionary<string, bool>.Builder escalations,
            ImmutableDictionary<string, SettingOrigin>.Builder origins)
        {
            Expect(rules, JsonValueKind.Object, rulesPath, "must be an object of rule ids and severities, such as { \"PC0401\": \"error\" }");
            foreach (var rule in rules.EnumerateObject())
            {
                var rulePath = rulesPath + "." + rule.Name;
                if (rule.Value.ValueKind == JsonValueKind.Object)
                {
                    ReadRuleObject(rule.Value, rulePath, rule.Name, into, escalations);
                }
                else
                {
                    into[rule.Name] = ReadSeverity(rule.Value, rulePath, "or an object such as { \"severity\": \"warning\", \"escalate\": false }");
                }

                var (line, column) = index.Find(rulePath);
                origins[rule.Name] = new SettingOrigin(path, rulePath, line, column);
            }
        }

        // { "severity": "warning", "escalate": false }: either or both; anything else is a slip to report.
        private void ReadRuleObject(
            JsonElement rule,
            string rulePath,
            string id,
            ImmutableDictionary<string, DiagnosticSeverity>.Builder into,
            ImmutableDictionary<string, bool>.Builder escalations)
        {
            var any = false;
            foreach (var setting in rule.EnumerateObject())
            {
                var settingPath = rulePath + "." + setting.Name;
                switch (setting.Name)
                {
                    case "severity":
                        into[id] = ReadSeverity(setting.Value, settingPath, null);
                        break;
                    case "escalate":
                        if (setting.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            throw Error(settingPath, $"{setting.Value.GetRawText()} is not true or false: \"escalate\": false keeps the rule at its severity where the context would raise it (a partisan sentence in a pre-election period)");
                        }

                        escalations[id] = setting.Value.GetBoolean();
                        break;
                    default:
                        throw Error(settingPath, $"'{setting.Name}' is not a rule setting (known: severity, escalate)");
                }

                any = true;
            }

            if (!any)
            {
                throw Error(rulePath, "must set \"severity\", \"escalate\" or both, such as { \"severity\": \"warning\", \"escalate\": false }");
            }
        }

        private DiagnosticSeverity ReadSeverity(JsonElement value, string jsonPath, string? alternative)
        {
            if (value.ValueKind != JsonValueKind.String || !DiagnosticSeverityNames.TryParse(value.GetString(), out var severity))
            {
                var use = alternative is null ? "use \"error\", \"warning\", \"info\" or \"none\"" : $"use \"error\", \"warning\", \"info\" or \"none\", {alternative}";
                throw Error(jsonPath, $"{value.GetRawText()} is not a severity: {use}");
            }

            return severity;
        }

        private HelpBaseUrl ReadHelpBaseUrl(JsonElement value, string jsonPath)
        {
            Expect(value, JsonValueKind.String, jsonPath, "must be the address the rule pages are published at, as a string, such as \"https://intranet.example.gov.uk/publicity/rules\"");
            var text = value.GetString()!;
            return HelpBaseUrl.TryParse(text, out var problem)
                ?? throw Error(jsonPath, $"\"{text}\" {problem}");
        }

        private void ReadAnalyzers(JsonElement list, string listPath, ImmutableArray<string>.Builder into)
        {
            Expect(list, JsonValueKind.Array, listPath, "must be a list of paths to analyzer assemblies");
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var itemPath = $"{listPath}[{i++}]";
                Expect(item, JsonValueKind.String, itemPath, "must be the path of an analyzer assembly (.dll)");
                var relative = item.GetString()!;
                if (relative.Length == 0)
                {
                    throw Error(itemPath, "must be the path of an analyzer assembly (.dll)");
                }

                // The path may lead out of this file's folder (a council may keep one rules folder for several
                // configurations): whoever can write this file can choose the assembly anyway, so the trust is
                // placed in the file, and analyzers load only from a file the run is told to trust.
                var full = Path.GetFullPath(relative, Path.GetDirectoryName(Path.GetFullPath(path))!);
                switch (UntrustedFile.Identify(full)?.Kind)
                {
                    case null:
                        throw Error(itemPath, $"the analyzer assembly '{relative}' was not found (looked for {full})");
                    case not FileKind.Regular:
                        throw Error(itemPath, $"the analyzer assembly '{relative}' is not a regular file ({full})");
                }

                into.Add(full);
                _analyzerOrigins[full] = path;
            }
        }

        private void ReadExclude(JsonElement list, string listPath, ImmutableArray<ExcludePattern>.Builder into)
        {
            Expect(list, JsonValueKind.Array, listPath, "must be a list of glob patterns, such as [\"README.md\", \"archive/**\"]");
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var itemPath = $"{listPath}[{i++}]";
                Expect(item, JsonValueKind.String, itemPath, "must be a glob pattern relative to this file's folder");
                var pattern = item.GetString()!;
                if (pattern.Length == 0 || Path.IsPathRooted(pattern))
                {
                    throw Error(itemPath, "must be a glob pattern relative to this file's folder");
                }

                into.Add(new ExcludePattern(folder, pattern));
            }
        }

        private void Expect(JsonElement element, JsonValueKind kind, string jsonPath, string message)
        {
            if (element.ValueKind != kind)
            {
                throw Error(jsonPath, message);
            }
        }

        private ConfigurationException Error(string jsonPath, string reason)
        {
            var (line, column) = index.Find(jsonPath);
            return new ConfigurationException(path, jsonPath, line, column, reason);
        }
    }
}
