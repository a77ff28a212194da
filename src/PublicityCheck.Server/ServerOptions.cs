namespace PublicityCheck.Server;

/// <summary>How <c>publicitycheck serve</c> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The addresses to listen on, separated by semicolons.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key clients must send in <c>X-API-Key</c>; required when listening on anything but loopback.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Origins allowed to call the API from a browser, besides the server's own (the add-in's origin when it is hosted elsewhere).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>
    /// Host names (or addresses) that requests may name in their <c>Host</c> header besides loopback ones
    /// (<c>localhost</c>, <c>127.x.x.x</c>, <c>[::1]</c>). Without an API key any other name is refused, so that a page
    /// whose name is re-pointed at this machine (DNS rebinding) cannot read the service; with a key any name is accepted.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>How long one request may take before it is cancelled with 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many checks may run at once (by default twice the processors); more wait for a slot within their time limit.
    /// A check whose request timed out holds its slot until its work ends.
    /// </summary>
    public int MaxConcurrentChecks { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Whether the party-political classifier starts loading as the server starts (by default it does), so that the
    /// first check from Word or the web page does not wait the second or more it takes to load from cold.
    /// </summary>
    public bool PreloadClassifier { get; init; } = true;

    /// <summary>The options of the one checker every request shares (configuration file, readers).</summary>
    public PublicityCheckerOptions Checker { get; init; } = new();
}
