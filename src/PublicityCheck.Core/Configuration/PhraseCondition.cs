namespace PublicityCheck.Configuration;

/// <summary>When a <see cref="PhraseRule"/> applies to a release at all.</summary>
public enum PhraseCondition
{
    /// <summary>Always.</summary>
    Always,

    /// <summary>
    /// Only to a release published while the pre-election period of a configured election is in force for it (a
    /// by-election's only when the release names one of its wards).
    /// </summary>
    PreElectionPeriod,
}
