using PublicityCheck.Diagnostics;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>The quotation rules (<c>PC01xx</c>): who may be quoted, in what capacity, on the publication date.</summary>
public static class QuotationDescriptors
{
    /// <summary>The rule family.</summary>
    public const string Category = "Quotations";

    /// <summary>PC0101: someone the policy does not allow is quoted for this kind of release.</summary>
    public static readonly DiagnosticDescriptor SpeakerNotAllowed = new(
        "PC0101",
        "Speaker may not be quoted in this kind of release",
        "{0} ({1}) is quoted in a {2} release; the {3} policy allows quotations from {4}",
        Category,
        DiagnosticSeverity.Warning,
        "A council press release quotes only the Leader or Deputy Leader(s), the relevant Cabinet Lead Member or an appropriate officer; a release about scrutiny quotes the Scrutiny Chair, one about another committee that committee's Chair (borough protocol 21).");

    /// <summary>PC0102: a Cabinet Member is quoted on a matter outside their portfolio.</summary>
    public static readonly DiagnosticDescriptor OutsidePortfolio = new(
        "PC0102",
        "Cabinet Member quoted outside their portfolio",
        "{0} is Cabinet Member for {1}, but this release is about {2}; quote the relevant Lead Member, the Leader or an officer",
        Category,
        DiagnosticSeverity.Warning,
        "Quotations come from the relevant Cabinet Lead Member: the one whose portfolio covers the release's subject (borough protocol 14-15 and 21).");

    /// <summary>PC0103: a chair, or any member, is quoted beyond the capacity the protocol allows.</summary>
    public static readonly DiagnosticDescriptor BeyondCapacity = new(
        "PC0103",
        "Speaker quoted beyond their capacity",
        "{0} is quoted {1}; the protocol allows chairs to speak for their committee's work \"in that capacity only\"",
        Category,
        DiagnosticSeverity.Warning,
        "Scrutiny Chairs and committee chairs are quoted on the work of their committee, in that capacity only; nobody is quoted in a council release as a spokesperson for a party or group (borough protocol 21; county protocol 8.81).");

    /// <summary>PC0104: a quotation has no speaker.</summary>
    public static readonly DiagnosticDescriptor Unattributed = new(
        "PC0104",
        "Quotation is not attributed",
        "The quotation \"{0}\" is not attributed to anyone; say who said it, so the protocol's rules on who may be quoted can be checked",
        Category,
        DiagnosticSeverity.Warning,
        "Every quotation in a council release is attributed to a named speaker in a stated capacity (borough protocol 21).");

    /// <summary>PC0105: the speaker is not in the roster.</summary>
    public static readonly DiagnosticDescriptor NotInRoster = new(
        "PC0105",
        "Speaker is not in the roster",
        "{0} is not in the roster{1}",
        Category,
        DiagnosticSeverity.Info,
        "The speaker could not be found among the people in publicitycheck.json or the roster CSV, so their role on the publication date could not be checked. Outside partners may be quoted where the policy allows; add them with kind 'external'.");

    /// <summary>PC0106: the role the release gives the speaker is not one they hold on the publication date.</summary>
    public static readonly DiagnosticDescriptor RoleNotHeld = new(
        "PC0106",
        "Stated role not held on the publication date",
        "{0} is described as {1}, but on {2} the roster gives them: {3}",
        Category,
        DiagnosticSeverity.Error,
        "A release must describe its speakers truly. The roster says who held which role on which dates, so a release published after a change of Leader or portfolio is caught.");

    /// <summary>PC0107: a release about a ward neither quotes nor records inviting its local member.</summary>
    public static readonly DiagnosticDescriptor LocalMemberNotInvited = new(
        "PC0107",
        "Local member not quoted or invited",
        "This release is about {0}, but neither quotes its local member ({1}) nor records that they were invited to comment (add 'invited' to the front matter or document properties)",
        Category,
        DiagnosticSeverity.Warning,
        "Where a press release refers to a particular electoral division and an issue of particular local interest, the local councillor should whenever possible be invited to comment (county protocol 8.90).");

    /// <summary>PC0108: the quoted members all belong to one political group.</summary>
    public static readonly DiagnosticDescriptor Unbalanced = new(
        "PC0108",
        "Quotations from one political group only",
        "The councillors quoted in their own capacity are all from the {0} group{1}; the policy asks for politically balanced releases",
        Category,
        DiagnosticSeverity.Warning,
        "Press releases must be politically balanced and not favour the views of any political group over another (county protocol 8.89). Members quoted for the council's executive (Leader, Deputy Leader, Cabinet Members) speak for the council and are not counted.");
}
