using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Documents.Word;
using PublicityCheck.Server.Api;

namespace PublicityCheck.Fuzzing;

/// <summary>
/// The fuzz targets. Readers promise never to throw for a bad file (it is PC0001), so any exception that escapes a
/// target is a crash for afl to keep; only the exceptions the HTTP endpoint itself turns into 400s are caught.
/// </summary>
internal static class Targets
{
    private static readonly Lazy<PublicityChecker> _checker = new(() => new PublicityChecker(new PublicityCheckerOptions { PublishOn = new NodaTime.LocalDate(2026, 3, 2) }));
    private static readonly Lazy<CheckService> _service = new(() => new CheckService(new PublicityCheckerOptions(), Path.GetTempPath()));

    public static Action<byte[]> Get(string name) => name switch
    {
        "markdown" => Markdown,
        "word" => Word,
        "check-json" => CheckJson,
        "front-matter" => FrontMatter,
        "config" => Configuration,
        _ => throw new ArgumentException($"no target '{name}' (markdown, word, check-json, front-matter, config)", nameof(name)),
    };

    /// <summary>The Markdown reader, then every rule over what it read.</summary>
    public static void Markdown(byte[] input) => ReadAndCheck(new MarkdownReader(), "release.md", input);

    /// <summary>The Word reader (package guard, XML, walker), then every rule over what it read.</summary>
    public static void Word(byte[] input) => ReadAndCheck(new WordReader(), "release.docx", input);

    /// <summary>
    /// The bytes as the YAML front matter of a Markdown release (between <c>---</c> lines, above a paragraph), read by
    /// the Markdown reader, then every rule over what it read: YamlDotNet's scanner and parser, the front matter's
    /// bounds and its flattening into properties.
    /// </summary>
    public static void FrontMatter(byte[] input)
    {
        byte[] opening = "---\n"u8.ToArray();
        byte[] closing = "\n---\n\nThe council will freeze parking charges, said Councillor Ashworth.\n"u8.ToArray();
        ReadAndCheck(new MarkdownReader(), "release.md", [.. opening, .. input, .. closing]);
    }

    /// <summary>The <c>/api/v1/check</c> JSON body: parsed as the endpoint parses it, then checked by the shared service.</summary>
    public static void CheckJson(byte[] input)
    {
        CheckRequest? check;
        try
        {
            check = JsonSerializer.Deserialize<CheckRequest>(input, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return;
        }

        if (check is null || (check.Paragraphs is null) == (check.Markdown is null) || check.Paragraphs is { Count: > 2000 })
        {
            return;
        }

        NodaTime.LocalDate? publishOn = null;
        if (check.PublishOn is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(check.PublishOn);
            if (!parsed.Success)
            {
                return;
            }

            publishOn = parsed.Value;
        }

        _ = check.Markdown is not null
            ? _service.Value.CheckContent("release.md", System.Text.Encoding.UTF8.GetBytes(check.Markdown), publishOn, CancellationToken.None)
            : _service.Value.CheckParagraphs(check.Paragraphs!, publishOn, check.Category, CancellationToken.None);
    }

    /// <summary>
    /// The configuration file parser, as if the input were a <c>publicitycheck.json</c> in a folder of its own: an
    /// invalid file must be a <see cref="Configuration.ConfigurationException"/> (exit code 2), never anything else.
    /// </summary>
    public static void Configuration(byte[] input)
    {
        try
        {
            PublicityCheck.Configuration.ConfigurationFileParser.Parse(Path.Combine(Path.GetTempPath(), "publicitycheck-fuzz-config", "publicitycheck.json"), input);
        }
        catch (PublicityCheck.Configuration.ConfigurationException)
        {
        }
    }

    private static void ReadAndCheck(IDocumentReader reader, string path, byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var read = reader.Read(path, stream, ReaderOptions.Default);
        _checker.Value.Check(read, path);
    }
}
