using System.Globalization;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>What <see cref="ReleaseGenerator.Write"/> wrote.</summary>
/// <param name="folder">The output folder's full path.</param>
/// <param name="configuration">The <c>publicitycheck.json</c> written at its root.</param>
public sealed class GenerationSummary(string folder, string configuration)
{
    private readonly HashSet<int> _releases = [];
    private readonly List<int> _words = [];

    /// <summary>The output folder's full path.</summary>
    public string Folder => folder;

    /// <summary>The configuration file written at the folder's root.</summary>
    public string Configuration => configuration;

    /// <summary>Every release file written, in order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>How many releases were made (a release written in both formats counts once).</summary>
    public int Releases => _releases.Count;

    /// <summary>Every file written with the release in it.</summary>
    public List<(string Path, GeneratedRelease Release)> Planted { get; } = [];

    /// <summary>How many Markdown files were written.</summary>
    public int MarkdownFiles => Files.Count(f => f.EndsWith(".md", StringComparison.Ordinal));

    /// <summary>How many Word files were written.</summary>
    public int WordFiles => Files.Count(f => f.EndsWith(".docx", StringComparison.Ordinal));

    /// <summary>How many releases have a party-political sentence.</summary>
    public int Partisan { get; private set; }

    /// <summary>How many releases give away confidential business or carry an internal marking.</summary>
    public int Confidential { get; private set; }

    /// <summary>How many releases quote someone, or a quotation, against the rules.</summary>
    public int QuotationSlips { get; private set; }

    /// <summary>A line saying what was written, for the console.</summary>
    public override string ToString()
    {
        var words = _words.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {_words.Min()}-{_words.Max()} words, {_words.Average():0} on average");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {Releases} releases ({MarkdownFiles} Markdown, {WordFiles} Word files{words}) under {Folder}, and {Configuration}\n" +
            $"{Partisan} with a party-political sentence, {Confidential} with confidential business or an internal marking, {QuotationSlips} with a quotation against the protocol");
    }

    internal void Add(GeneratedRelease release, string path)
    {
        Files.Add(path);
        Planted.Add((path, release));
        if (_releases.Add(release.Index))
        {
            _words.Add(release.Words);
            Partisan += release.Partisan ? 1 : 0;
            Confidential += release.Confidential ? 1 : 0;
            QuotationSlips += release.QuotationSlip ? 1 : 0;
        }
    }
}
