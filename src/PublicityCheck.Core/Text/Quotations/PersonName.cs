namespace PublicityCheck.Text.Quotations;

/// <summary>A person's name as written at one place: <c>Cllr J. Smith</c>, <c>Councillor Jane Smith</c>, <c>Jane Smith</c>.</summary>
/// <param name="Text">The name as written, title included.</param>
/// <param name="Start">Its offset in the text it was found in.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Given">Forenames and initials, or empty.</param>
/// <param name="Surname">The surname.</param>
internal sealed record PersonName(string Text, int Start, string? Title, string[] Given, string Surname)
{
    /// <summary>How full the name is: words first, then length (<c>Councillor</c> is fuller than <c>Cllr</c>).</summary>
    public int Fullness => ((Given.Length + (Title is null ? 0 : 1)) * 1000) + Text.Length;

    /// <summary>Whether <paramref name="fuller"/> can be the same person written out more fully.</summary>
    public bool CanBe(PersonName fuller)
    {
        // A first name alone ("said Ethan") is the same person as a full name starting with it ("Ethan Cole").
        if (Title is null && Given.Length == 0 && fuller.Given.Length > 0 && string.Equals(Surname, fuller.Given[0], StringComparison.Ordinal))
        {
            return true;
        }

        if (!string.Equals(Surname, fuller.Surname, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < Given.Length; i++)
        {
            if (i >= fuller.Given.Length)
            {
                return false;
            }

            var mine = Given[i].TrimEnd('.');
            var theirs = fuller.Given[i].TrimEnd('.');
            var compatible = mine.Length == 1 || theirs.Length == 1
                ? char.ToUpperInvariant(mine[0]) == char.ToUpperInvariant(theirs[0])
                : string.Equals(mine, theirs, StringComparison.Ordinal);
            if (!compatible)
            {
                return false;
            }
        }

        return true;
    }
}
