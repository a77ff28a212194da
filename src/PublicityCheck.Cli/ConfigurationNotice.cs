using PublicityCheck.Configuration;

namespace PublicityCheck.Cli;

/// <summary>
/// The one line <c>check</c> and <c>scan</c> print on standard error when the releases they checked have no roster
/// or no elections configured, so that a clean report is never mistaken for a configured one: without a roster no
/// quotation is checked against who holds which role, and without elections no pre-election period applies.
/// </summary>
internal static class ConfigurationNotice
{
    /// <summary>The note for releases checked under <paramref name="configurations"/> (one per release), or null when every one has both.</summary>
    public static string? For(IReadOnlyCollection<PublicityCheckConfiguration> configurations)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        var withoutRoster = configurations.Count(c => c.People.IsDefaultOrEmpty);
        var withoutElections = configurations.Count(c => c.Elections.IsDefaultOrEmpty);
        var (missing, consequence, remedy) = (withoutRoster > 0, withoutElections > 0) switch
        {
            (true, true) => (
                "no roster of councillors and officers (or an empty one) and no elections are configured",
                "no quotation was checked against who holds which role, and no pre-election period applied",
                "run 'publicitycheck init' to start a publicitycheck.json"),
            (true, false) => (
                "no roster of councillors and officers is configured, or it is empty",
                "no quotation was checked against who holds which role",
                "fill in the roster publicitycheck.json names, or run 'publicitycheck init' to start one"),
            (false, true) => (
                "no elections are configured",
                "no pre-election period applied",
                "add \"elections\" to publicitycheck.json ('publicitycheck init' starts one)"),
            _ => (null, null, null),
        };
        if (missing is null)
        {
            return null;
        }

        var affected = Math.Max(withoutRoster, withoutElections);
        var scope = affected == configurations.Count ? string.Empty : $" for {Plural.Count(affected, "release")} of {configurations.Count}";
        return $"publicitycheck: note: {missing}{scope}, so {consequence}; {remedy}. (-q hides this note.)";
    }
}
