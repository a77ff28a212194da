using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace PublicityCheck.Calendar;

/// <summary>
/// An election identifier in Democracy Club's form (<c>[type].[subtype].[organisation].[division].[by].[date]</c>):
/// <c>local.2027-05-06</c> for every local election that day, <c>local.norfolk.2017-05-04</c> for one council's,
/// <c>local.norfolk.diss.2017-05-04</c> for one ballot, <c>.by.</c> before the date for a by-election,
/// <c>sp.2026-05-07</c>, <c>gla.c.barnet-and-camden.2024-05-02</c>, <c>parl.hexham.by.2026-03-05</c>. The type says
/// what kind of poll it is and, for the devolved bodies and London, where; the date is polling day.
/// </summary>
/// <remarks>
/// The grammar is that of Democracy Club's published reference (<c>uk-election-ids</c>): which types take a subtype,
/// an organisation or a division. Segments are lower-case letters, digits and hyphens.
/// </remarks>
public sealed class ElectionIdentifier
{
    private static readonly ImmutableDictionary<string, TypeRule> Rules = new Dictionary<string, TypeRule>(StringComparer.Ordinal)
    {
        ["parl"] = new("UK Parliament", [], CanHaveOrganisation: false, CanHaveDivision: true),
        ["nia"] = new("Northern Ireland Assembly", [], CanHaveOrganisation: false, CanHaveDivision: true),
        ["sp"] = new("Scottish Parliament", ["c", "r"], CanHaveOrganisation: false, CanHaveDivision: true),
        ["senedd"] = new("Senedd Cymru", ["c", "r"], CanHaveOrganisation: false, CanHaveDivision: true),
        ["naw"] = new("National Assembly for Wales", ["c", "r"], CanHaveOrganisation: false, CanHaveDivision: true),
        ["gla"] = new("Greater London Authority", ["c", "a"], CanHaveOrganisation: false, CanHaveDivision: true),
        ["europarl"] = new("European Parliament", [], CanHaveOrganisation: false, CanHaveDivision: true),
        ["local"] = new("local", [], CanHaveOrganisation: true, CanHaveDivision: true),
        ["mayor"] = new("mayoral", [], CanHaveOrganisation: true, CanHaveDivision: false),
        ["pcc"] = new("police and crime commissioner", [], CanHaveOrganisation: true, CanHaveDivision: false),
        ["ref"] = new("referendum", [], CanHaveOrganisation: true, CanHaveDivision: false),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Polling day of the first Senedd general election under the Senedd Cymru (Members and Elections) Act 2024.</summary>
    /// <summary>The first general election of Senedd Cymru by closed lists: the Senedd it elects, and every later one, holds no by-elections.</summary>
    internal static readonly LocalDate FirstSeneddElectedByClosedLists = new(2026, 5, 7);

    /// <summary>Why a Senedd by-election on or after <see cref="FirstSeneddElectedByClosedLists"/> has no timetable.</summary>
    internal const string NoSeneddByElections = "a Senedd elected in 2026 or later fills a vacant seat from the party's list, or leaves it empty until the next general election (Government of Wales Act 2006 s.11 as substituted by the Senedd Cymru (Members and Elections) Act 2024), so it holds no by-elections";

    private ElectionIdentifier(string text, string electionType, string? subtype, string? organisation, string? division, bool isByElection, LocalDate poll)
    {
        Text = text;
        ElectionTypeCode = electionType;
        Subtype = subtype;
        Organisation = organisation;
        Division = division;
        IsByElection = isByElection;
        Poll = poll;
    }

    /// <summary>Every election type code the grammar knows, as written in identifiers.</summary>
    public static ImmutableArray<string> TypeCodes { get; } = ["parl", "nia", "sp", "senedd", "naw", "gla", "europarl", "local", "mayor", "pcc", "ref"];

    /// <summary>The identifier as written.</summary>
    public string Text { get; }

    /// <summary>Its election type code (<c>local</c>, <c>sp</c>, <c>gla</c>...).</summary>
    public string ElectionTypeCode { get; }

    /// <summary>Its subtype (<c>c</c> or <c>r</c> for constituencies or regions, <c>c</c> or <c>a</c> for the London Assembly), or null.</summary>
    public string? Subtype { get; }

    /// <summary>The organisation that holds the poll (<c>norfolk</c>), or null.</summary>
    public string? Organisation { get; }

    /// <summary>The division: a ward, electoral division or constituency (<c>diss</c>), or null.</summary>
    public string? Division { get; }

    /// <summary>Whether it is a by-election (<c>.by.</c> before the date).</summary>
    public bool IsByElection { get; }

    /// <summary>Polling day.</summary>
    public LocalDate Poll { get; }

    /// <summary>
    /// The kind of poll PublicityCheck times it as, or null when it has no timetable for it (see
    /// <see cref="WhyNoTimetable"/>). A UK Parliamentary identifier with <c>.by.</c> is a
    /// <see cref="ElectionType.ParliamentaryByElection"/>, a Scottish Parliament constituency one
    /// (<c>sp.c.…by.…</c>) a <see cref="ElectionType.ScottishParliamentByElection"/>; <c>ref</c> with an organisation
    /// is a local <see cref="ElectionType.Referendum"/>, without one a <see cref="ElectionType.NationalReferendum"/>.
    /// </summary>
    public ElectionType? Type => (ElectionTypeCode, IsByElection) switch
    {
        ("parl", false) => ElectionType.Parliamentary,
        ("parl", true) => ElectionType.ParliamentaryByElection,
        ("nia", false) => ElectionType.NorthernIrelandAssembly,
        ("sp", false) => ElectionType.ScottishParliament,
        ("sp", true) when Subtype == "c" => ElectionType.ScottishParliamentByElection,
        ("senedd" or "naw", false) => ElectionType.Senedd,
        ("senedd" or "naw", true) when Poll < FirstSeneddElectedByClosedLists => ElectionType.SeneddByElection,
        ("gla", false) => ElectionType.Gla,
        ("local", false) => ElectionType.Local,
        ("local", true) => ElectionType.ByElection,
        ("mayor", false) => ElectionType.Mayoral,
        ("pcc", false) => ElectionType.Pcc,
        ("ref", false) => Organisation is null ? ElectionType.NationalReferendum : ElectionType.Referendum,
        _ => null,
    };

    /// <summary>Why PublicityCheck has no timetable for this poll, or null when <see cref="Type"/> is set.</summary>
    public string? WhyNoTimetable => Type is not null ? null : (ElectionTypeCode, IsByElection) switch
    {
        ("senedd" or "naw", true) => NoSeneddByElections,
        ("sp", true) => "only a constituency seat of the Scottish Parliament is filled by a by-election (Scotland Act 1998 s.9): use sp.c.[constituency].by.[date]",
        ("nia", true) => "a vacant Northern Ireland Assembly seat is filled by the nominee of the member's party or by the member's substitutes (Northern Ireland Assembly (Elections) Order 2001, articles 6 to 6B), which avoids a by-election, so PublicityCheck has no timetable for one",
        ("europarl", _) => "European Parliament elections are no longer held in the UK",
        (_, true) => $"PublicityCheck has no timetable for a by-election to the {Rules[ElectionTypeCode].Description}",
        _ => $"PublicityCheck has no timetable for {Rules[ElectionTypeCode].Description} elections",
    };

    /// <summary>The country the identifier itself places the poll in (Scottish Parliament, Northern Ireland Assembly, London), or null when it does not say.</summary>
    public UkCountry? Country => ElectionTypeCode switch
    {
        "sp" => UkCountry.Scotland,
        "nia" => UkCountry.NorthernIreland,
        "senedd" or "naw" => UkCountry.Wales,
        "gla" => UkCountry.England,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="id"/> is meant as a Democracy Club identifier rather than a free name: it has a full
    /// stop in it. A free name (<c>local-2026</c>) has none.
    /// </summary>
    public static bool IsIdentifierForm(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Reads an identifier.</summary>
    /// <exception cref="FormatException">It is not one: the message says what is wrong and what was expected.</exception>
    public static ElectionIdentifier Parse(string text) =>
        TryParse(text, out var identifier, out var error) ? identifier : throw new FormatException(error);

    /// <summary>Reads an identifier, or says in <paramref name="error"/> what is wrong with it and what was expected.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ElectionIdentifier? identifier, [NotNullWhen(false)] out string? error)
    {
        identifier = null;
        error = Check(text, out var parsed);
        identifier = parsed;
        return error is null;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string? Check(string? text, out ElectionIdentifier? identifier)
    {
        identifier = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "an election identifier is [type].[organisation].[division].[date], such as \"local.norfolk.2027-05-06\"";
        }

        var segments = text.Split('.');
        if (Array.FindIndex(segments, s => s.Length == 0) is var empty and >= 0)
        {
            return $"\"{text}\" has an empty part{(empty == segments.Length - 1 ? " at its end" : string.Empty)}: its parts are separated by single full stops, such as \"local.norfolk.2027-05-06\"";
        }

        var code = segments[0];
        if (!Rules.TryGetValue(code, out var rule))
        {
            return $"\"{code}\" in \"{text}\" is not an election type: use {string.Join(", ", TypeCodes)}";
        }

        if (segments.Length == 1)
        {
            return $"\"{text}\" has no polling day: end it with the date, such as \"{code}.2027-05-06\"";
        }

        var dateText = segments[^1];
        if (!IsDateShaped(dateText))
        {
            return $"\"{text}\" must end with the polling day as YYYY-MM-DD, not \"{dateText}\"";
        }

        var parsed = LocalDatePattern.Iso.Parse(dateText);
        if (!parsed.Success)
        {
            return $"\"{dateText}\" in \"{text}\" is not a day of the calendar";
        }

        if (Array.Find(segments[..^1], s => !IsSlug(s)) is { } badSegment)
        {
            return $"\"{badSegment}\" in \"{text}\" is not an identifier part: use lower-case letters, digits and hyphens";
        }

        var middle = segments[1..^1].ToList();
        var isBy = middle.Count > 0 && middle[^1] == "by";
        if (isBy)
        {
            middle.RemoveAt(middle.Count - 1);
        }

        if (middle.Contains("by"))
        {
            return $"\"by\" in \"{text}\" must come just before the date: [type].[organisation].[division].by.[date]";
        }

        string? subtype = null;
        if (!rule.Subtypes.IsEmpty && middle.Count > 0 && middle[0].Length == 1)
        {
            subtype = middle[0];
            middle.RemoveAt(0);
            if (!rule.Subtypes.Contains(subtype))
            {
                return $"\"{subtype}\" in \"{text}\" is not a subtype of {code}: use {string.Join(" or ", rule.Subtypes)}";
            }
        }

        var canHaveDivision = rule.CanHaveDivision && !(code == "gla" && subtype == "a");
        string? organisation = null;
        string? division = null;
        if (rule.CanHaveOrganisation)
        {
            var most = canHaveDivision ? 2 : 1;
            if (middle.Count > most)
            {
                return canHaveDivision
                    ? $"\"{text}\" has too many parts: {code} identifiers are {code}.[organisation].[division].[date]"
                    : $"\"{text}\" has too many parts: {code} identifiers name an organisation but no division, {code}.[organisation].[date]";
            }

            organisation = middle.Count > 0 ? middle[0] : null;
            division = middle.Count > 1 ? middle[1] : null;
            if (isBy && division is null)
            {
                return !canHaveDivision
                    ? $"\"by\" in \"{text}\" marks a by-election in one division, and {code} polls have no divisions"
                    : organisation is null
                        ? $"\"{text}\" marks a by-election but names no division: {code}.[organisation].[division].by.[date]"
                        : $"\"{text}\" names a division without its organisation: a by-election is {code}.[organisation].[division].by.[date]";
            }
        }
        else
        {
            if (middle.Count > 1 || (middle.Count == 1 && !canHaveDivision))
            {
                return canHaveDivision
                    ? $"\"{text}\" has too many parts: {code} identifiers name no organisation, only a division, {code}{(rule.Subtypes.IsEmpty ? string.Empty : ".[subtype]")}.[division].[date]"
                    : $"\"{text}\" has too many parts: {code}.{subtype} identifiers have no division";
            }

            division = middle.Count == 1 ? middle[0] : null;
            if (division is not null && !rule.Subtypes.IsEmpty && subtype is null)
            {
                return $"\"{text}\" names a division without its subtype: {code}.{string.Join("|", rule.Subtypes)}.[division].[date]";
            }

            if (isBy && division is null)
            {
                return canHaveDivision
                    ? $"\"{text}\" marks a by-election but names no division: {code}{(rule.Subtypes.IsEmpty ? string.Empty : ".[subtype]")}.[division].by.[date]"
                    : $"\"by\" in \"{text}\" marks a by-election in one division, and {code}.{subtype} polls have no divisions";
            }
        }

        identifier = new ElectionIdentifier(text, code, subtype, organisation, division, isBy, parsed.Value);
        return null;
    }

    private static bool IsDateShaped(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    private static bool IsSlug(string text) => text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private sealed record TypeRule(string Description, ImmutableArray<string> Subtypes, bool CanHaveOrganisation, bool CanHaveDivision);
}
