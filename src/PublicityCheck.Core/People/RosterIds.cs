using System.Text;

namespace PublicityCheck.People;

/// <summary>Makes a person's id from their name when the roster gives none: "Cllr Jane Smith" becomes "jane-smith".</summary>
internal static class RosterIds
{
    /// <summary>The id for <paramref name="name"/>.</summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = new StringBuilder();
        foreach (var word in PersonName.Words(name))
        {
            if (id.Length > 0)
            {
                id.Append('-');
            }

            foreach (var c in word)
            {
                if (char.IsLetterOrDigit(c))
                {
                    id.Append(c);
                }
            }
        }

        return id.ToString();
    }
}
