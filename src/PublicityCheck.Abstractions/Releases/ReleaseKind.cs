namespace PublicityCheck.Releases;

/// <summary>What a release is about, which decides who may be quoted in it.</summary>
public enum ReleaseKind
{
    /// <summary>A general release on behalf of the council.</summary>
    General,

    /// <summary>A release about the work of scrutiny (a scrutiny committee, panel or review).</summary>
    Scrutiny,

    /// <summary>A release about the work of another committee (planning, licensing, audit...).</summary>
    Committee,

    /// <summary>An emergency or public-safety release.</summary>
    Emergency,

    /// <summary>A statutory notice.</summary>
    StatutoryNotice,

    /// <summary>A release about the civic head's office (the Mayor, Lord Mayor, Provost or Chair of the Council): their engagements, awards and ceremonies.</summary>
    Civic,
}
