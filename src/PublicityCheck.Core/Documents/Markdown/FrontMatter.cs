using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// The YAML front matter at the top of a Markdown file: <c>---</c> lines around YAML, at the very start or after
/// template tags (<c>{% load static %}---</c>) as some site generators write it.
/// </summary>
/// <param name="Length">How many characters of the file, from its start, the front matter (and any template tags before it) takes.</param>
/// <param name="FirstLine">The 1-based line of the opening <c>---</c>.</param>
/// <param name="LastLine">The 1-based line of the closing <c>---</c>.</param>
/// <param name="Yaml">The YAML between the markers.</param>
internal sealed partial record FrontMatter(int Length, int FirstLine, int LastLine, string Yaml)
{
    /// <summary>
    /// The deepest nesting of YAML collections (mappings and sequences, block or flow) read: front matter is a
    /// list of <c>name: value</c> lines, perhaps a list or a mapping under a name. Past it the front matter is
    /// refused as it is read, before any tree is built (building one recurses once per level).
    /// </summary>
    internal const int MaxNesting = 64;

    /// <summary>The most YAML events (scalars, aliases, collection starts and ends) read from front matter.</summary>
    internal const int MaxEvents = 100_000;

    private const int CancellationInterval = 1024;
    private const int MaxDepth = 8;
    private const int MaxValues = 10_000;

    /// <summary>Finds front matter at the top of <paramref name="text"/>, or returns null.</summary>
    public static FrontMatter? Find(string text, LineIndex lines)
    {
        var opening = 0;
        for (var line = 1; line <= Math.Min(lines.LineCount, 5); line++)
        {
            var lineText = lines.LineText(line);
            if (OpeningLine().IsMatch(lineText))
            {
                opening = line;
                break;
            }

            if (!TemplateTagsLine().IsMatch(lineText))
            {
                return null;
            }
        }

        if (opening == 0)
        {
            return null;
        }

        for (var line = opening + 1; line <= lines.LineCount; line++)
        {
            if (ClosingLine().IsMatch(lines.LineText(line)))
            {
                var yamlStart = lines.LineStart(opening + 1);
                var yaml = text[yamlStart..lines.LineStart(line)];
                return new FrontMatter(lines.LineEnd(line), opening, line, yaml);
            }
        }

        return null;
    }

    /// <summary>
    /// Parses the YAML into properties by lower-case key: scalars as one value, sequences item by item, nested
    /// mappings flattened as <c>parent.child</c>.
    /// </summary>
    /// <exception cref="YamlException">The YAML is malformed.</exception>
    /// <exception cref="FrontMatterLimitException">The YAML nests past <see cref="MaxNesting"/> or holds more than <see cref="MaxEvents"/> events.</exception>
    /// <exception cref="InvalidDataException">The YAML is not a mapping.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableDictionary<string, ImmutableArray<string>> Parse(CancellationToken cancellationToken)
    {
        CheckBounds(Yaml, cancellationToken);
        var stream = new YamlStream();
        stream.Load(new StringReader(Yaml));
        var properties = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0)
        {
            return properties.ToImmutable();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException("it is not a list of 'name: value' lines");
        }

        var budget = MaxValues;
        AddMapping(properties, root, prefix: "", depth: 0, ref budget);
        return properties.ToImmutable();
    }

    /// <summary>
    /// Reads <paramref name="yaml"/> as a stream of parser events, which builds nothing and does not recurse, and
    /// throws at the first collection nested past <see cref="MaxNesting"/> or the event past <see cref="MaxEvents"/>.
    /// </summary>
    internal static void CheckBounds(string yaml, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        for (var events = 1; parser.MoveNext(); events++)
        {
            if (events % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (events > MaxEvents)
            {
                throw new FrontMatterLimitException(string.Create(CultureInfo.InvariantCulture, $"holds more than {MaxEvents:N0} YAML values"));
            }

            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxNesting:
                    throw new FrontMatterLimitException(string.Create(CultureInfo.InvariantCulture, $"nests lists and mappings more than {MaxNesting} deep"));
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    private static void AddMapping(ImmutableDictionary<string, ImmutableArray<string>>.Builder properties, YamlMappingNode mapping, string prefix, int depth, ref int budget)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } keyText } || budget <= 0)
            {
                continue;
            }

            var key = prefix + keyText.Trim().ToLowerInvariant();
            switch (value)
            {
                case YamlScalarNode scalar:
                    properties[key] = [scalar.Value ?? ""];
                    budget--;
                    break;
                case YamlSequenceNode sequence:
                    var items = sequence.Children.OfType<YamlScalarNode>().Take(Math.Max(0, budget)).Select(s => s.Value ?? "").ToImmutableArray();
                    properties[key] = items;
                    budget -= Math.Max(1, items.Length);
                    break;
                case YamlMappingNode nested when depth < MaxDepth:
                    AddMapping(properties, nested, key + ".", depth + 1, ref budget);
                    break;
            }
        }
    }

    [GeneratedRegex(@"^(?:\s*\{[%{].*?[%}]\}\s*)*---\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpeningLine();

    [GeneratedRegex(@"^(?:\s*\{[%{].*?[%}]\}\s*)+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TemplateTagsLine();

    [GeneratedRegex(@"^(?:---|\.\.\.)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClosingLine();
}
