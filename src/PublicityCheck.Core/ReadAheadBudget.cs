using PublicityCheck.Documents;

namespace PublicityCheck;

/// <summary>
/// The characters of text that the documents of one window read ahead may hold together, shared by the threads that
/// read the window. A document that would take the window past its budget is let go at once, and its host checks the
/// file by its path, which reads it again, as it does a document too long to hold
/// (<see cref="PublicityChecker.MaxCharactersHeldAhead"/>). That bound alone would let a window of many files each
/// just under it hold many times as much; with this one a window's text is at most <see cref="MaxCharacters"/>, plus
/// the document each reading thread has in hand. Thread-safe.
/// </summary>
public sealed class ReadAheadBudget
{
    private long _held;

    /// <summary>A budget of <paramref name="maxCharacters"/> characters for one window.</summary>
    /// <param name="maxCharacters">The characters the window's documents may hold together.</param>
    public ReadAheadBudget(long maxCharacters = PublicityChecker.MaxCharactersHeldInWindow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCharacters);
        MaxCharacters = maxCharacters;
    }

    /// <summary>The characters the window's documents may hold together.</summary>
    public long MaxCharacters { get; }

    /// <summary>The characters held so far.</summary>
    public long Held => Interlocked.Read(ref _held);

    /// <summary>
    /// <paramref name="read"/>, counted against the budget; or null, and nothing counted, when its document would take
    /// the window past the budget. A read that failed (no document, only its PC0001) holds nothing and is kept.
    /// </summary>
    /// <param name="read">A document read ahead, or null for one already let go.</param>
    public DocumentReadResult? Hold(DocumentReadResult? read)
    {
        if (read?.Document is not { } document)
        {
            return read;
        }

        var length = document.Text.Length;
        if (Interlocked.Add(ref _held, length) <= MaxCharacters)
        {
            return read;
        }

        Interlocked.Add(ref _held, -length);
        return null;
    }
}
