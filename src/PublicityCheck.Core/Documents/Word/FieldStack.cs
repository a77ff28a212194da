namespace PublicityCheck.Documents.Word;

/// <summary>
/// Follows complex fields (<c>w:fldChar</c> begin, separate, end) through a story so that only field results are
/// read, never field codes. Nested fields are tracked: text is read only when every open field is in its result.
/// </summary>
internal sealed class FieldStack
{
    private readonly Stack<bool> _inResult = new();
    private int _codeFrames;

    /// <summary>Whether text at this point is field result (or outside any field) and so is read.</summary>
    public bool ReadsText => _codeFrames == 0;

    /// <summary>Handles a <c>w:fldChar</c> of type <paramref name="type"/>.</summary>
    public void OnFieldChar(string? type)
    {
        switch (type)
        {
            case "begin":
                _inResult.Push(false);
                _codeFrames++;
                break;
            case "separate" when _inResult.Count > 0 && !_inResult.Peek():
                _inResult.Pop();
                _inResult.Push(true);
                _codeFrames--;
                break;
            case "end" when _inResult.Count > 0:
                if (!_inResult.Pop())
                {
                    _codeFrames--;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Called at the end of a paragraph: a field code does not run on past its paragraph, so fields still in their
    /// code are closed (a field result may span paragraphs, as a table of contents does).
    /// </summary>
    public void OnParagraphEnd()
    {
        while (_inResult.Count > 0 && !_inResult.Peek())
        {
            _inResult.Pop();
            _codeFrames--;
        }
    }
}
