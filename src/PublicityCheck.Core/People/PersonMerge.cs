using System.Collections.Immutable;

namespace PublicityCheck.People;

/// <summary>
/// Joins two descriptions of one person (a roster CSV row and a <c>people</c> entry): they are the same person when
/// they agree on everything both state; what only one states is kept.
/// </summary>
internal static class PersonMerge
{
    /// <summary>What two descriptions of one person disagree on, as a message says it; null when they agree.</summary>
    public static string? Differences(Person first, Person second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Differs("name", first.Name, second.Name)
            ?? Differs("title", first.Title, second.Title)
            ?? (first.Kind != second.Kind ? $"kind ({Name(first.Kind)} and {Name(second.Kind)})" : null)
            ?? Differs("party", first.Party, second.Party)
            ?? Differs("ward", first.Ward, second.Ward)
            ?? (!first.Roles.IsEmpty && !second.Roles.IsEmpty && !SameRoles(first.Roles, second.Roles)
                ? $"roles ({Describe(first.Roles)}; and {Describe(second.Roles)})"
                : null);
    }

    /// <summary>One person from two descriptions that agree (<see cref="Differences"/> is null): each field either states, aliases and candidacies of both.</summary>
    public static Person Merge(Person first, Person second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first with
        {
            Title = first.Title ?? second.Title,
            Party = first.Party ?? second.Party,
            Ward = first.Ward ?? second.Ward,
            Roles = first.Roles.IsEmpty ? second.Roles
                : [.. first.Roles.Select(a => a.Topics.IsEmpty && second.Roles.FirstOrDefault(b => SameRole(a, b)) is { } b ? a with { Topics = b.Topics } : a)],
            Aliases = Union(first.Aliases, second.Aliases),
            CandidateIn = Union(first.CandidateIn, second.CandidateIn),
        };
    }

    private static string? Differs(string field, string? first, string? second) =>
        first is not null && second is not null && !string.Equals(first.Trim(), second.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"{field} (\"{first}\" and \"{second}\")"
            : null;

    private static string Name(PersonKind kind) => kind.ToString().ToLowerInvariant();

    private static bool SameRoles(ImmutableArray<Role> first, ImmutableArray<Role> second) =>
        first.Length == second.Length && first.All(a => second.Any(b => SameRole(a, b))) && second.All(b => first.Any(a => SameRole(a, b)));

    // Role is a record, but its topics are an array compared by reference, so roles are compared field by field;
    // topics only the configuration gives (a CSV has no column for them) are not a difference.
    private static bool SameRole(Role a, Role b) =>
        a.Kind == b.Kind && a.From == b.From && a.To == b.To
        && string.Equals(a.Portfolio, b.Portfolio, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Committee, b.Committee, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Title, b.Title, StringComparison.OrdinalIgnoreCase)
        && (a.Topics.IsEmpty || b.Topics.IsEmpty || a.Topics.SequenceEqual(b.Topics, StringComparer.OrdinalIgnoreCase));

    private static string Describe(ImmutableArray<Role> roles) => string.Join(", ", roles.Select(r =>
        r.From is null && r.To is null ? r.Describe() : $"{r.Describe()} {r.From?.ToString("yyyy-MM-dd", null) ?? "..."} to {r.To?.ToString("yyyy-MM-dd", null) ?? "..."}"));

    private static ImmutableArray<string> Union(ImmutableArray<string> first, ImmutableArray<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.OrdinalIgnoreCase)];
}
