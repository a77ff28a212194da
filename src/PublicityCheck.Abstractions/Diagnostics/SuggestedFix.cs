using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Diagnostics;

/// <summary>
/// One remedy a rule offers for its finding, as data (Roslyn's code action, without the code): a title that says
/// what it does, the edits that do it, and whether it is safe to apply without a person reading it. A finding may
/// carry several candidates, best first; hosts show the first and let a person choose among the rest. A fix with no
/// edits is advice (who could be quoted instead, until when to hold the release): it is shown with the finding and
/// never applied.
/// </summary>
public sealed record SuggestedFix
{
    /// <summary>Creates a fix.</summary>
    /// <param name="title">What the fix does, as a person reads it: <c>Replace 'Cllr Helen Marhs' with 'Councillor Helen Marsh'</c>.</param>
    /// <param name="edits">The edits, which must not overlap; none for advice.</param>
    /// <param name="isSafe">
    /// Whether it may be applied without reading: true only where the rule knows the result is right (a roster's
    /// spelling, an internal marking removed, a council's own substitution rule). Never true for advice.
    /// </param>
    public SuggestedFix(string title, IEnumerable<TextEdit> edits, bool isSafe)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(edits);
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToImmutableArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Span.Start < ordered[i - 1].Span.End || (ordered[i].Span.Start == ordered[i - 1].Span.Start && ordered[i].Span.Length == 0 && ordered[i - 1].Span.Length == 0))
            {
                throw new ArgumentException($"The edits at {ordered[i - 1].Span} and {ordered[i].Span} overlap.", nameof(edits));
            }
        }

        if (isSafe && ordered.IsEmpty)
        {
            throw new ArgumentException("Advice (a fix with no edits) is never applied, so it cannot be safe to apply.", nameof(isSafe));
        }

        Title = title;
        Edits = ordered;
        IsSafe = isSafe;
    }

    /// <summary>What the fix does.</summary>
    public string Title { get; }

    /// <summary>The edits, in text order; empty for advice.</summary>
    public ImmutableArray<TextEdit> Edits { get; }

    /// <summary>Whether it may be applied without a person reading it.</summary>
    public bool IsSafe { get; }

    /// <summary>Whether it is advice: no edits, only words for a person.</summary>
    public bool IsAdvice => Edits.IsEmpty;

    /// <summary>
    /// A fix that replaces <paramref name="span"/> of <paramref name="document"/> with <paramref name="newText"/>,
    /// titled <c>Replace 'old' with 'new'</c> (or <c>Remove 'old'</c>) unless <paramref name="title"/> is given.
    /// </summary>
    public static SuggestedFix Replace(ReleaseDocument document, TextSpan span, string newText, bool isSafe, string? title = null)
    {
        var edit = TextEdit.Replace(document, span, newText);
        return new SuggestedFix(title ?? TitleOf(edit), [edit], isSafe);
    }

    /// <summary>Advice: words for a person, with no edit.</summary>
    public static SuggestedFix Advice(string title) => new(title, [], isSafe: false);

    /// <summary>The usual title of a single edit: <c>Replace 'old' with 'new'</c>, <c>Remove 'old'</c> or <c>Insert 'new'</c>.</summary>
    public static string TitleOf(TextEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return edit.NewText.Length == 0 ? $"Remove '{Shown(edit.OldText)}'"
            : edit.OldText.Length == 0 ? $"Insert '{Shown(edit.NewText)}'"
            : $"Replace '{Shown(edit.OldText)}' with '{Shown(edit.NewText)}'";
    }

    /// <inheritdoc/>
    public bool Equals(SuggestedFix? other) =>
        other is not null && Title == other.Title && IsSafe == other.IsSafe && Edits.SequenceEqual(other.Edits);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, IsSafe, Edits.Length);

    /// <inheritdoc/>
    public override string ToString() => IsAdvice ? Title : $"{Title} ({(IsSafe ? "safe" : "needs a person")})";

    // A title is one line: the line breaks of a removed block read as spaces.
    private static string Shown(string text) => text.Trim().ReplaceLineEndings(" ");
}
