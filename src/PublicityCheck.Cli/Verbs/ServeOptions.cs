using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("serve", HelpText = "Run the HTTP service: the JSON API, the Word add-in at /addin/ and a web page at /.")]
internal sealed class ServeOptions
{
    [Option("urls", Default = "http://127.0.0.1:5080", HelpText = "Addresses to listen on, separated by semicolons. Anything but loopback needs an API key.")]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    [Option("config", HelpText = "Use this publicitycheck.json for every release (default: search upward from the current folder).")]
    public string? Config { get; set; }

    [Option("api-key", HelpText = "Require this key in the X-API-Key header of API requests (default: the PUBLICITYCHECK_API_KEY variable).")]
    public string? ApiKey { get; set; }

    [Option("allow-origin", Separator = ',', HelpText = "Other origins allowed to call the API from a browser (the add-in's, when hosted elsewhere), separated by commas.")]
    public IEnumerable<string> AllowOrigins { get; set; } = [];

    [Option("allow-host", Separator = ',', HelpText = "Other names requests may give in their Host header, besides localhost, 127.x.x.x and [::1], separated by commas (without an API key any other name is refused). On every interface (0.0.0.0), the first names the server in the add-in's manifest.")]
    public IEnumerable<string> AllowHosts { get; set; } = [];

    [Option("manifest", MetaValue = "FILE", HelpText = "Once listening, write the Word add-in's manifest for the address bound (an https one) to FILE, for sideloading. It is also served at /addin/manifest.xml.")]
    public string? Manifest { get; set; }
}
