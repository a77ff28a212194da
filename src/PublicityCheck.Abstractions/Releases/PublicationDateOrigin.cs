namespace PublicityCheck.Releases;

/// <summary>Where the publication date a release is checked against came from.</summary>
public enum PublicationDateOrigin
{
    /// <summary>The release states it (front matter, an "Embargoed until" line, document properties).</summary>
    Release,

    /// <summary>The host gave it: <c>--publish-on</c>, the service's <c>publishOn</c>, or the checker's options.</summary>
    Host,

    /// <summary>Neither the release nor the host gave one, so the release is checked as if published today.</summary>
    Assumed,
}
