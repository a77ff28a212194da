namespace PublicityCheck.Benchmarks.Generation;

/// <summary>Someone the generated releases quote, and how the roster describes them.</summary>
/// <param name="Name">The name without title.</param>
/// <param name="Pronoun">"she" or "he", for <c>she added</c>.</param>
/// <param name="Kind">Member, officer or outside speaker.</param>
internal sealed record Speaker(string Name, string Pronoun, SpeakerKind Kind)
{
    /// <summary>"Councillor", "Dr", "Inspector"; null for officers and most residents.</summary>
    public string? Title { get; init; }

    /// <summary>A member's party.</summary>
    public string? Party { get; init; }

    /// <summary>A member's ward.</summary>
    public string? Ward { get; init; }

    /// <summary>A member's role in the council's executive or committees.</summary>
    public MemberRole Role { get; init; }

    /// <summary>A Cabinet Member's portfolio ("Finance and Assets").</summary>
    public string? Portfolio { get; init; }

    /// <summary>Topic lists the portfolio covers beyond those its name gives (file names under <c>lexicons/topics</c>).</summary>
    public IReadOnlyList<string> PortfolioTopics { get; init; } = [];

    /// <summary>The committee a chair chairs.</summary>
    public string? Committee { get; init; }

    /// <summary>An officer's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>How a release introduces an outside speaker, after the name; may hold <c>{ward}</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the member stands in the May 2026 borough elections.</summary>
    public bool Candidate { get; init; }

    /// <summary>"Councillor Helen Marsh", or the name alone.</summary>
    public string FullName => Title is null ? Name : $"{Title} {Name}";

    /// <summary>"Cllr Helen Marsh" for members, otherwise <see cref="FullName"/>.</summary>
    public string ShortName => Kind == SpeakerKind.Member ? $"Cllr {Name}" : FullName;
}

/// <summary>What kind of speaker someone is.</summary>
internal enum SpeakerKind
{
    /// <summary>A councillor.</summary>
    Member,

    /// <summary>A council officer.</summary>
    Officer,

    /// <summary>A resident, partner or business.</summary>
    External,
}

/// <summary>A councillor's role.</summary>
internal enum MemberRole
{
    /// <summary>A ward councillor with no other role.</summary>
    Backbench,

    /// <summary>Leader of the Council.</summary>
    Leader,

    /// <summary>Deputy Leader, also a Cabinet Member.</summary>
    DeputyLeader,

    /// <summary>A Cabinet Member with a portfolio.</summary>
    CabinetMember,

    /// <summary>Chair of a scrutiny body.</summary>
    ScrutinyChair,

    /// <summary>Chair of a regulatory committee.</summary>
    CommitteeChair,
}
