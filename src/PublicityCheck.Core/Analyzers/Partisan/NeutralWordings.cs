using System.Collections.Frozen;
using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// Neutral wordings for partisan phrasings ("Tory cuts" for "reductions in government funding", "the Labour
/// administration" for "the council"), read from <c>lexicons/partisan/neutral-wordings.txt</c>: one phrasing a line,
/// <c>phrasing =&gt; wording | another wording</c>, best first.
/// </summary>
internal sealed class NeutralWordings
{
    private const string Arrow = "=>";
    private readonly PhraseList _phrasings;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _wordings;

    private NeutralWordings(IReadOnlyDictionary<string, ImmutableArray<string>> wordings)
    {
        _wordings = wordings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _phrasings = new PhraseList(wordings.Keys);
    }

    /// <summary>The built-in list.</summary>
    public static NeutralWordings Default => Lazy.Value;

    private static readonly Lazy<NeutralWordings> Lazy = new(() => Parse(LexiconResources.ReadText("partisan/neutral-wordings.txt")));

    /// <summary>Every phrasing with its wordings, best first.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> Entries => _wordings;

    /// <summary>Reads a list in the format of <c>neutral-wordings.txt</c>.</summary>
    /// <exception cref="FormatException">A line has no <c>=&gt;</c>, or no phrasing or wording, or a phrasing is listed twice.</exception>
    public static NeutralWordings Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var wordings = new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
            var phrasing = arrow < 0 ? string.Empty : line[..arrow].Trim();
            var alternatives = arrow < 0 ? [] : line[(arrow + Arrow.Length)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (phrasing.Length == 0 || alternatives.Length == 0)
            {
                throw new FormatException($"line {lineNumber}: expected 'phrasing => wording | another wording', found '{line}'");
            }

            if (!wordings.TryAdd(phrasing, [.. alternatives]))
            {
                throw new FormatException($"line {lineNumber}: '{phrasing}' is listed twice");
            }
        }

        return new NeutralWordings(wordings);
    }

    /// <summary>
    /// The listed phrasings in <paramref name="text"/> that take in <paramref name="words"/> (a span of the same
    /// text), each with its wordings, best first.
    /// </summary>
    public IEnumerable<(TextSpan Phrasing, ImmutableArray<string> Wordings)> Around(string text, TextSpan words)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var match in _phrasings.Matches(text))
        {
            if (match.Contains(words) && _wordings.TryGetValue(Normalise(text.Substring(match.Start, match.Length)), out var wordings))
            {
                yield return (match, wordings);
            }
        }
    }

    // The text matched may differ from the phrasing in its spaces and hyphens ("Tory run council"); find the entry
    // by the phrase list's own rule, comparing words only.
    private string Normalise(string matched)
    {
        if (_wordings.ContainsKey(matched))
        {
            return matched;
        }

        var words = Words(matched);
        return _wordings.Keys.FirstOrDefault(k => Words(k).SequenceEqual(words, StringComparer.OrdinalIgnoreCase)) ?? matched;
    }

    private static string[] Words(string phrase) => phrase.Split([' ', '-', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries);
}
