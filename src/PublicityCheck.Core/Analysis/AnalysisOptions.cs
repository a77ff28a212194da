using NodaTime;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>What is in force while a release is analysed.</summary>
/// <param name="PublishOn">The date the release is to be published: given by the host, stated in the release, or today.</param>
/// <param name="Configuration">The configuration found for the release.</param>
public sealed record AnalysisOptions(LocalDate PublishOn, PublicityCheckConfiguration Configuration)
{
    /// <summary>
    /// Whether <see cref="PublishOn"/> is only assumed: the release states no publication date and the host gave
    /// none, so the engine took today. Date rules may say so rather than trust it.
    /// </summary>
    public bool PublishOnAssumed { get; init; }

    /// <summary>Whether <see cref="PublishOn"/> was given by the host (<c>--publish-on</c>) rather than stated in the release.</summary>
    public bool PublishOnGiven { get; init; }

    /// <summary>
    /// How <see cref="PublishOn"/> was found: given by the host, stated by the release (and where), or today. Null
    /// when a host made these options with a bare date.
    /// </summary>
    public PublicationDate? Publication { get; init; }
}
