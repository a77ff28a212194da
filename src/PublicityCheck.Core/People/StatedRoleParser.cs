using System.Text.RegularExpressions;

namespace PublicityCheck.People;

/// <summary>
/// Reads the role a release gives a speaker ("Leader of the Council", "Deputy Leader", "Cabinet Member for
/// Housing", "Lead Member for Leisure", "Chair of the Overview and Scrutiny Committee", "Mayor of Easterby", "Provost",
/// "Convener" (the civic head of several Scottish councils; "Convener of" a committee is its chair),
/// "Chief Executive") as a kind of role, so the rules can compare it with the roster.
/// </summary>
internal static partial class StatedRoleParser
{
    /// <summary>The role stated by <paramref name="roleText"/>, or null when it names none the rules know.</summary>
    public static StatedRole? Parse(string? roleText)
    {
        if (string.IsNullOrWhiteSpace(roleText))
        {
            return null;
        }

        var text = roleText.Trim().TrimEnd('.', ',');
        var party = PartyRole().IsMatch(text);
        if (DeputyLeader().IsMatch(text))
        {
            return new StatedRole(RoleKind.DeputyLeader, null, party);
        }

        if (Leader().IsMatch(text) && !party)
        {
            return new StatedRole(RoleKind.Leader, null, party);
        }

        var cabinet = CabinetMember().Match(text);
        if (cabinet.Success)
        {
            var portfolio = cabinet.Groups["portfolio"].Success ? cabinet.Groups["portfolio"].Value.Trim() : null;
            return new StatedRole(RoleKind.CabinetMember, string.IsNullOrEmpty(portfolio) ? null : portfolio, party);
        }

        var chair = Chair().Match(text);
        if (chair.Success)
        {
            var committee = chair.Groups["committee"].Value.Trim();
            if (CommitteeThenCouncillor().Match(committee) is { Success: true } named)
            {
                committee = named.Groups["body"].Value; // "Buchan Area Committee and councillor": the body is the committee.
            }

            if (CivicChair().IsMatch(committee))
            {
                return new StatedRole(RoleKind.CivicHead, null, party);
            }

            if (!CouncilBody().IsMatch(committee))
            {
                return null; // "Chair of the Residents' Association", "Chair of Governors": not a council chair.
            }

            var kind = committee.Contains("scrutiny", StringComparison.OrdinalIgnoreCase) ? RoleKind.ScrutinyChair : RoleKind.CommitteeChair;
            return new StatedRole(kind, committee.Length == 0 ? null : committee, party);
        }

        if (ScrutinyChair().IsMatch(text))
        {
            return new StatedRole(RoleKind.ScrutinyChair, null, party);
        }

        if (Mayor().IsMatch(text))
        {
            return new StatedRole(RoleKind.CivicHead, null, party);
        }

        if (Officer().IsMatch(text))
        {
            return new StatedRole(RoleKind.Officer, null, party);
        }

        if (party || WardCouncillor().IsMatch(text))
        {
            return new StatedRole(RoleKind.Councillor, null, party);
        }

        return null;
    }

    [GeneratedRegex(@"\bdeputy\s+leader\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeputyLeader();

    [GeneratedRegex(@"^(?:the\s+)?(?:council\s+)?leader\b(?!\s+of\s+the\s+\w+(?:\s+\w+)?\s+(?:group|party))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leader();

    [GeneratedRegex(@"\b(?:cabinet|executive|lead|portfolio)\s+(?:lead\s+)?(?:member|holder|councillor)(?:\s+(?:for|with\s+responsibility\s+for|responsible\s+for)\s+(?<portfolio>.+))?$|\bportfolio\s+holder(?:\s+for\s+(?<portfolio>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CabinetMember();

    [GeneratedRegex(@"\b(?:chair|chairman|chairwoman|chairperson|convener|convenor)\s+of\s+(?:the\s+)?(?<committee>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chair();

    [GeneratedRegex(@"^(?<body>.*?\b(?:committee|sub-committee|panel|board|commission|forum|group))\s*(?:,\s*|\s+and\s+)(?:a\s+|the\s+)?(?:local\s+|ward\s+|county\s+|district\s+|borough\s+)?(?:councillor|member)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeThenCouncillor();

    [GeneratedRegex(@"\bcouncil$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CivicChair();

    [GeneratedRegex(@"\b(?:committee|sub-committee|panel|board|commission|scrutiny|cabinet|review|task\s+and\s+finish|working\s+group|forum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CouncilBody();

    [GeneratedRegex(@"\bscrutiny\b.*\bchair|\bchair\b.*\bscrutiny\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScrutinyChair();

    [GeneratedRegex(@"^(?:the\s+)?(?:deputy\s+|depute\s+|vice[\s-]+)?(?:mayor|lord\s+mayor|civic\s+mayor|provost|lord\s+provost|(?:council\s+)?conven[eo]r)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mayor();

    [GeneratedRegex(@"\b(?:chief\s+executive|director|head\s+of|manager|officer|strategic\s+lead|service\s+lead|team\s+leader|monitoring\s+officer|section\s+151|assistant\s+director|executive\s+director|deputy\s+chief\s+executive|coordinator|co-ordinator|adviser|advisor|specialist|engineer|inspector|ranger|librarian|warden)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Officer();

    [GeneratedRegex(@"\b(?:group|party)\b|\b(?:conservative|labour|liberal\s+democrat|lib\s+dem|green|reform|snp|plaid|independent)s?\b.*\b(?:spokes(?:man|woman|person)|leader|councillor|member)\b|\bopposition\b|\bshadow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartyRole();

    [GeneratedRegex(@"\b(?:ward|division)\s+(?:councillor|member)\b|\b(?:councillor|member)\s+for\b|\blocal\s+(?:councillor|member)\b|^(?:county\s+)?councillor$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WardCouncillor();
}
