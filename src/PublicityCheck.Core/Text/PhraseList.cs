using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text;

/// <summary>
/// A list of phrases to find in text, as written in the word lists under <c>lexicons/</c>: one phrase a line,
/// <c>#</c> for comments. Phrases match whole words; a space in a phrase matches any run of spaces or hyphens; a
/// phrase written wholly in capitals matches only in capitals, any other ignores case. Matching cannot backtrack
/// catastrophically: it uses .NET's non-backtracking engine.
/// </summary>
public sealed class PhraseList
{
    private readonly Regex? _ignoreCase;
    private readonly Regex? _matchCase;

    /// <summary>Creates a list from its phrases.</summary>
    public PhraseList(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Phrases = [.. phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        _ignoreCase = Compile(Phrases.Where(p => !IsCapitals(p)), RegexOptions.IgnoreCase);
        _matchCase = Compile(Phrases.Where(IsCapitals), RegexOptions.None);
    }

    /// <summary>
    /// The list of <paramref name="phrases"/>, built once and shared: for lists that come from configuration (ward
    /// names, candidates' names) and are matched against every release, where compiling each time would dominate.
    /// </summary>
    public static PhraseList Shared(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var key = string.Join('\u0001', phrases);
        if (SharedLists.Count > MaxShared)
        {
            SharedLists.Clear(); // Configuration changes in a long-running host must not grow this for ever.
        }

        return SharedLists.GetOrAdd(key, k => new PhraseList(k.Split('\u0001')));
    }

    private const int MaxShared = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PhraseList> SharedLists = new(StringComparer.Ordinal);

    /// <summary>The phrases.</summary>
    public ImmutableArray<string> Phrases { get; }

    /// <summary>Reads a list in the word-list format.</summary>
    public static PhraseList Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PhraseList(content.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')));
    }

    /// <summary>Reads a word list shipped inside this assembly (from <c>lexicons/</c>), by its path under <c>lexicons/</c>.</summary>
    public static PhraseList FromLexicon(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return Parse(LexiconResources.ReadText(relativePath));
    }

    /// <summary>Every match in <paramref name="text"/>, in order; overlapping matches keep the earliest, longest.</summary>
    public IEnumerable<TextSpan> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        foreach (var regex in new[] { _ignoreCase, _matchCase })
        {
            if (regex is null)
            {
                continue;
            }

            foreach (Match match in regex.Matches(text))
            {
                spans.Add(new TextSpan(match.Index, match.Length));
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var end = -1;
        foreach (var span in spans)
        {
            if (span.Start >= end)
            {
                end = span.End;
                yield return span;
            }
        }
    }

    private static bool IsCapitals(string phrase) => phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);

    private static Regex? Compile(IEnumerable<string> phrases, RegexOptions options)
    {
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(Alternative)
            .ToList();
        if (alternatives.Count == 0)
        {
            return null;
        }

        var pattern = new StringBuilder("(?:");
        pattern.AppendJoin('|', alternatives);
        pattern.Append(')');
        return new Regex(pattern.ToString(), options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    // A whole-word boundary only where the phrase has a word character at that end: "\b" before "(" or after "!"
    // would demand a letter next to the punctuation, so such a phrase could never match.
    private static string Alternative(string phrase)
    {
        var body = string.Join(@"[\s\-‐‑–]+", phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var start = IsWordCharacter(phrase[0]) ? @"\b" : string.Empty;
        var end = IsWordCharacter(phrase[^1]) ? @"\b" : string.Empty;
        return start + body + end;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
