namespace PublicityCheck.Analyzers.Quotations;

/// <summary>How the quotation rules name people and roles in a message, as a press officer would write them.</summary>
internal static class SpeakerWording
{
    /// <summary>
    /// "a, b or c" (with <paramref name="conjunction"/> <c>or</c>): a list as a sentence gives it, without the serial
    /// comma, as GOV.UK style has it. One item is itself; none is the empty string.
    /// </summary>
    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };

    /// <summary>
    /// The speaker's name followed by their roles in brackets, leaving out a role the name already gives as a
    /// title: "Councillor Tom Reid", not "Councillor Tom Reid (Councillor)"; "Councillor Priya Mistry (Cabinet
    /// Member for Leisure and Culture)".
    /// </summary>
    public static string NameWithRoles(string name, IEnumerable<string> roles)
    {
        var extra = roles
            .Where(role => !name.Contains(role, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return extra.Count == 0 ? name : $"{name} ({List(extra, "and")})";
    }
}
