namespace PublicityCheck.Text.Quotations;

/// <summary>
/// A block's text as the quotation scanner reads it: each quotation mark written as the characters of another
/// encoding (UTF-8 read as Windows-1252: <c>â€œ</c>, <c>â€\u009D</c>, <c>â€˜</c>, <c>â€™</c>; or the remnant
/// <c>'˜</c> when part of one was lost) stands as the one mark it means, on the side that touches the quoted words,
/// with spaces (or, inside a word, a letter) in the rest of its place, so offsets stay those of the block.
/// </summary>
internal sealed class MarkView
{
    private static readonly (string Typed, char Mark, bool Opens)[] Sequences =
    [
        ("â€œ", '“', true),
        ("â€\u009D", '”', false),
        ("â€\uFFFD", '”', false),
        ("â€˜", '‘', true),
        ("â€™", '’', false),
        ("'˜", '‘', true),
        ("’˜", '‘', true),
        ("‘˜", '‘', true),
    ];

    // Where each stand-in mark is, and the span of the characters it stands for; empty for nearly every block.
    private readonly Dictionary<int, (int Start, int End)> _sequences;

    private MarkView(string text, Dictionary<int, (int Start, int End)> sequences)
    {
        Text = text;
        _sequences = sequences;
    }

    /// <summary>The text with stand-in marks, as long as the block's.</summary>
    public string Text { get; }

    public static MarkView Of(string text)
    {
        var sequences = new Dictionary<int, (int Start, int End)>();
        if (text.AsSpan().IndexOfAny('€', '˜') < 0)
        {
            return new MarkView(text, sequences);
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var (typed, mark, opens) in Sequences)
            {
                if (string.CompareOrdinal(text, i, typed, 0, typed.Length) != 0)
                {
                    continue;
                }

                var end = i + typed.Length;
                var at = opens ? end - 1 : i;
                var filler = end < text.Length && i > 0 && char.IsLetter(text[i - 1]) && char.IsLetter(text[end]) ? text[end] : ' ';
                for (var k = i; k < end; k++)
                {
                    chars[k] = k == at ? mark : filler;
                }

                sequences[at] = (i, end);
                i = end - 1;
                break;
            }
        }

        return new MarkView(new string(chars), sequences);
    }

    /// <summary>Whether the mark at <paramref name="i"/> stands for several typed characters.</summary>
    public bool IsSequence(int i) => _sequences.ContainsKey(i);

    /// <summary>Where the characters the mark at <paramref name="i"/> stands for start.</summary>
    public int Start(int i) => _sequences.TryGetValue(i, out var s) ? s.Start : i;

    /// <summary>Where they end.</summary>
    public int End(int i) => _sequences.TryGetValue(i, out var s) ? s.End : i + 1;
}
