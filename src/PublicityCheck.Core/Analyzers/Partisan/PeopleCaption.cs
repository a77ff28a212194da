using System.Collections.Frozen;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// Recognises a line that does nothing but name people, as a photograph's caption does ("Councillors Ann Hale and
/// Ravi Shah", "Pictured: Cllr Jo Bell, Cabinet Member for Housing, with Mr Tom Reid") and as minutes record who sent
/// apologies ("Apologies for absence were received from Councillors Hale, Shah and Reid", "Councillors Hale and Shah
/// sent their apologies"). Such a line makes no claim, so there is nothing in it to read as party-political, however
/// often the names it holds appear in political copy.
/// </summary>
internal static class PeopleCaption
{
    // Titles that mark a person; at least one must appear, so that a title-case headline is not taken for a caption.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "Councillor", "Councillors", "Cllr", "Cllrs", "Coun", "Couns", "Cr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr",
            "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Rev", "Revd", "Reverend", "Alderman",
        ],
        StringComparer.Ordinal);

    // Lower-case words a list of names and roles may hold ("Cabinet Member for Housing", "Leader of the Council"), and
    // the particles of names ("Dafydd ap Iorwerth", "Anna de Souza", "Pieter van der Berg").
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        [
            "and", "&", "with", "of", "the", "for", "on", "at", "to", "from", "left", "right", "l-r", "r-l",
            "ap", "ab", "ferch", "de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "bin", "al",
        ],
        StringComparer.Ordinal);

    // The words of minutes' record of apologies, read as a list's own words only in a line that opens with "Apologies"
    // or ends with it ("Apologies were received from ...", "... sent their apologies"): nowhere else is "received" or
    // "sent" a caption's word.
    private static readonly FrozenSet<string> Apologies = FrozenSet.ToFrozenSet(
        [
            "apologies", "absence", "were", "was", "had", "have", "been", "received", "recorded", "reported", "noted",
            "submitted", "tendered", "given", "sent", "their", "his", "her", "behalf", "by",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Looked up by span: PC0201 asks of every sentence it scores, and most answer "no" by their second or third word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorWords = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ApologyWords = Apologies.GetAlternateLookup<ReadOnlySpan<char>>();

    // A caption's label before a colon ("Pictured:", "Left to right:") is at most this many words.
    private const int MaxLabelWords = 4;

    // Longer lines are sentences, whatever their capitals.
    private const int MaxWords = 40;

    /// <summary>Whether <paramref name="text"/> only names people (with their titles and roles) and names no party.</summary>
    public static bool IsListOfPeople(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = WithoutLabel(text.AsSpan().Trim()).TrimEnd(".!;:".AsSpan()).Trim();
        if (body.IsEmpty)
        {
            return false;
        }

        var words = 0;
        var titled = false;
        var apologies = IsApologies(body);
        foreach (var range in body.SplitAny(" ,()\u00A0"))
        {
            var word = body[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxWords)
            {
                return false;
            }

            if (TitleWords.Contains(word.TrimEnd('.')))
            {
                titled = true;
            }
            else if (!ConnectorWords.Contains(word) && !(apologies && ApologyWords.Contains(word)) && !IsNameWord(word))
            {
                return false;
            }
        }

        return titled && !PartyNames.In(body.ToString());
    }

    // Whether the line is minutes' record of apologies: it opens with "Apologies" or ends with "apologies".
    private static bool IsApologies(ReadOnlySpan<char> body)
    {
        const string Word = "apologies";
        return (body.StartsWith(Word, StringComparison.OrdinalIgnoreCase) && (body.Length == Word.Length || body[Word.Length] == ' '))
            || (body.EndsWith(Word, StringComparison.OrdinalIgnoreCase) && (body.Length == Word.Length || body[^(Word.Length + 1)] == ' '));
    }

    // "Pictured: …" and "Left to right: …" label the list; a longer run before a colon is a sentence of its own.
    private static ReadOnlySpan<char> WithoutLabel(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text;
        }

        var label = text[..colon];
        var labelWords = 0;
        foreach (var range in label.Split(' '))
        {
            if (!label[range].IsEmpty)
            {
                labelWords++;
            }
        }

        return labelWords <= MaxLabelWords ? text[(colon + 1)..] : text;
    }

    // A capitalised name or role word, or an initial: "Ann", "O'Neill", "Smith-Jones", "J.", "MBE".
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '\u2019' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
