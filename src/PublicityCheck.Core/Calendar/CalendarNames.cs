using System.Collections.Immutable;

namespace PublicityCheck.Calendar;

/// <summary>The names election types and countries have in <c>publicitycheck.json</c> and on the command line.</summary>
public static class CalendarNames
{
    private static readonly ImmutableDictionary<string, ElectionType> Types = new Dictionary<string, ElectionType>(StringComparer.OrdinalIgnoreCase)
    {
        ["local"] = ElectionType.Local,
        ["parliamentary"] = ElectionType.Parliamentary,
        ["by-election"] = ElectionType.ByElection,
        ["mayoral"] = ElectionType.Mayoral,
        ["pcc"] = ElectionType.Pcc,
        ["referendum"] = ElectionType.Referendum,
        ["scottish-parliament"] = ElectionType.ScottishParliament,
        ["ni-assembly"] = ElectionType.NorthernIrelandAssembly,
        ["gla"] = ElectionType.Gla,
        ["parliamentary-by-election"] = ElectionType.ParliamentaryByElection,
        ["neighbourhood-referendum"] = ElectionType.NeighbourhoodPlanningReferendum,
        ["national-referendum"] = ElectionType.NationalReferendum,
        ["scottish-parliament-by-election"] = ElectionType.ScottishParliamentByElection,
        ["senedd"] = ElectionType.Senedd,
        ["senedd-by-election"] = ElectionType.SeneddByElection,
        ["council-tax-referendum"] = ElectionType.CouncilTaxReferendum,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly ImmutableDictionary<string, UkCountry> Countries = new Dictionary<string, UkCountry>(StringComparer.OrdinalIgnoreCase)
    {
        ["england"] = UkCountry.England,
        ["wales"] = UkCountry.Wales,
        ["scotland"] = UkCountry.Scotland,
        ["northern-ireland"] = UkCountry.NorthernIreland,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every election type name, in the order they are documented.</summary>
    public static ImmutableArray<string> TypeNames { get; } =
        ["local", "parliamentary", "by-election", "mayoral", "pcc", "referendum", "scottish-parliament", "ni-assembly", "gla", "parliamentary-by-election", "neighbourhood-referendum", "national-referendum", "scottish-parliament-by-election", "senedd", "senedd-by-election", "council-tax-referendum"];

    /// <summary>Every country name.</summary>
    public static ImmutableArray<string> CountryNames { get; } = ["england", "wales", "scotland", "northern-ireland"];

    /// <summary>Reads an election type name (<c>local</c>, <c>by-election</c>...), ignoring case.</summary>
    public static bool TryParseType(string? name, out ElectionType type) => Types.TryGetValue(name ?? string.Empty, out type);

    /// <summary>Reads a country name (<c>england</c>, <c>northern-ireland</c>...), ignoring case.</summary>
    public static bool TryParseCountry(string? name, out UkCountry country) => Countries.TryGetValue(name ?? string.Empty, out country);

    /// <summary>The name of <paramref name="type"/>.</summary>
    public static string ToName(this ElectionType type) => Types.First(pair => pair.Value == type).Key;

    /// <summary>The name of <paramref name="country"/>.</summary>
    public static string ToName(this UkCountry country) => Countries.First(pair => pair.Value == country).Key;

    /// <summary>The name of <paramref name="division"/>, as GOV.UK writes it (<c>england-and-wales</c>).</summary>
    public static string ToName(this BankHolidayDivision division) => division switch
    {
        BankHolidayDivision.EnglandAndWales => "england-and-wales",
        BankHolidayDivision.Scotland => "scotland",
        _ => "northern-ireland",
    };
}
