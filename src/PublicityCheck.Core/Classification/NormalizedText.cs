namespace PublicityCheck.Classification;

/// <summary>
/// A sentence as the classifier reads it: lower case, digits as <c>0</c>, apostrophes dropped, every other run of
/// non-letters one space, with a space at each end. Word and character n-grams are then contiguous slices of
/// <see cref="Chars"/>, so they are looked up without allocating. Each character maps back to the sentence.
/// </summary>
internal sealed class NormalizedText
{
    private char[] _chars = new char[256];
    private int[] _origins = new int[256];
    private int[] _tokenStarts = new int[64];
    private int[] _tokenEnds = new int[64];

    public int Length { get; private set; }

    public int TokenCount { get; private set; }

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// <summary>The offset in the sentence of the character at <paramref name="index"/>.</summary>
    public int OriginOf(int index) => _origins[index];

    public int TokenStart(int token) => _tokenStarts[token];

    public int TokenEnd(int token) => _tokenEnds[token];

    /// <summary>The slice holding tokens <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public ReadOnlySpan<char> Tokens(int first, int count) =>
        _chars.AsSpan(_tokenStarts[first], _tokenEnds[first + count - 1] - _tokenStarts[first]);

    public void Load(ReadOnlySpan<char> sentence)
    {
        Grow(sentence.Length + 2);
        Length = 0;
        TokenCount = 0;
        Append(' ', 0);
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (char.IsLetter(c))
            {
                Append(char.ToLowerInvariant(c), i);
            }
            else if (char.IsDigit(c))
            {
                Append('0', i);
            }
            else if (c is '\'' or '\u2019' or '\u2018' && Length > 0 && _chars[Length - 1] != ' ')
            {
                continue;
            }
            else if (_chars[Length - 1] != ' ')
            {
                Append(' ', i);
            }
        }

        if (_chars[Length - 1] != ' ')
        {
            Append(' ', sentence.Length);
        }

        FindTokens();
    }

    private void Append(char c, int origin)
    {
        _chars[Length] = c;
        _origins[Length] = origin;
        Length++;
    }

    private void FindTokens()
    {
        for (var i = 1; i < Length; i++)
        {
            if (_chars[i] != ' ' && _chars[i - 1] == ' ')
            {
                if (TokenCount == _tokenStarts.Length)
                {
                    Array.Resize(ref _tokenStarts, TokenCount * 2);
                    Array.Resize(ref _tokenEnds, TokenCount * 2);
                }

                _tokenStarts[TokenCount] = i;
            }
            else if (_chars[i] == ' ' && _chars[i - 1] != ' ')
            {
                _tokenEnds[TokenCount++] = i;
            }
        }
    }

    private void Grow(int length)
    {
        if (_chars.Length < length)
        {
            var size = Math.Max(length, _chars.Length * 2);
            _chars = new char[size];
            _origins = new int[size];
        }
    }
}
