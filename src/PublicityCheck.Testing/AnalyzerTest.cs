using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Testing;

/// <summary>
/// One test of an analyzer: a release (Markdown, or Word paragraphs) with its expected findings marked in it, the
/// configuration and dates it is checked under, and any further findings expected. <see cref="RunAsync"/> writes the
/// release and its configuration to a folder of their own, checks the file with a <see cref="PublicityChecker"/>
/// running only <typeparamref name="TAnalyzer"/> (so through the real reader, configuration, publication date,
/// severity and suppression stages), and compares the analyzer's findings with those expected.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
/// <remarks>
/// Compared are the findings of the rules <typeparamref name="TAnalyzer"/> declares, the engine's PC0001 (the file
/// could not be read) and PC0005 (the analyzer failed), and those of any other rule a test expects; other engine and
/// built-in findings are left out. Markup in the source: <c>[|...|]</c> expects a finding of the analyzer's one rule
/// there; <c>{|ID:...|}</c> one of rule <c>ID</c>; <c>{|#n:...|}</c> marks a place that an expected result takes with
/// <see cref="DiagnosticResult.WithLocation(int)"/>. Each of the first two expects exactly the marked span, at the
/// rule's default severity, unsuppressed; give a <see cref="DiagnosticResult"/> with a location key for anything else.
/// </remarks>
public sealed class AnalyzerTest<TAnalyzer>
    where TAnalyzer : PublicityAnalyzer, new()
{
    /// <summary>The release as Markdown, with markup. Set this or <see cref="WordParagraphs"/>.</summary>
    public string? MarkdownSource { get; set; }

    /// <summary>The release as the body paragraphs of a Word file, with markup. Set this or <see cref="MarkdownSource"/>.</summary>
    public IReadOnlyList<string>? WordParagraphs { get; set; }

    /// <summary>Findings expected besides those marked in the source.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = [];

    /// <summary>
    /// The <c>publicitycheck.json</c> the release is checked under (<c>rules</c>, <c>people</c>, <c>roster</c>,
    /// <c>elections</c> and the rest), or null for none. It is written beside the release and given to the checker
    /// as <c>--config</c> would give it, so nothing in the folders above is read.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Files the configuration refers to (a roster CSV, a policy pack, a phrase list), by path relative to the
    /// release's folder, and their text.
    /// </summary>
    public Dictionary<string, string> AdditionalFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The publication date to check the release for (<c>--publish-on</c>), or null for the date it states.</summary>
    public LocalDate? PublishOn { get; set; }

    /// <summary>
    /// The day taken as today when the release states no publication date and <see cref="PublishOn"/> is null; null
    /// for the real today. Set it (or <see cref="PublishOn"/>) whenever the rule reads the date, so the test gives the
    /// same answer every day.
    /// </summary>
    public LocalDate? Today { get; set; }

    /// <summary>Runs the test.</summary>
    /// <exception cref="VerificationException">The findings differ from those expected; the message says how.</exception>
    /// <exception cref="ConfigurationException"><see cref="Configuration"/> is invalid.</exception>
    public Task RunAsync(CancellationToken cancellationToken = default) => Task.Run(() => Run(cancellationToken), cancellationToken);

    private void Run(CancellationToken cancellationToken)
    {
        var release = Release();
        var analyzer = new TAnalyzer();
        var descriptors = Descriptors(analyzer);
        var expected = Expected(release, analyzer, descriptors);
        var compared = analyzer.SupportedDiagnostics.Select(d => d.Id)
            .Concat([EngineDescriptors.FileUnreadable.Id, EngineDescriptors.AnalyzerFailure.Id])
            .Concat(expected.Select(e => e.Id))
            .ToHashSet(StringComparer.Ordinal);

        var folder = Path.Combine(Path.GetTempPath(), "publicitycheck-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var releasePath = Path.Combine(folder, release.FileName);
            release.WriteTo(releasePath);
            var configurationPath = WriteConfiguration(folder);
            var checker = new PublicityChecker(new PublicityCheckerOptions
            {
                ConfigurationFile = configurationPath,
                PublishOn = PublishOn,
                Clock = Today is { } today ? new FixedClock(today) : SystemClock.Instance,
                AnalyzerFactory = () => [analyzer],
            });
            var result = checker.CheckFile(releasePath, release.FileName, cancellationToken);
            var reported = result.Diagnostics.Where(d => compared.Contains(d.Id)).ToList();
            if (FindingComparison.Compare(typeof(TAnalyzer).Name, expected, reported, release) is { } differences)
            {
                throw new VerificationException(differences);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private TestRelease Release() => (MarkdownSource, WordParagraphs) switch
    {
        ({ } markdown, null) => new MarkdownTestRelease(markdown),
        (null, { } paragraphs) => new WordTestRelease(paragraphs),
        _ => throw new InvalidOperationException($"Set exactly one of {nameof(MarkdownSource)} and {nameof(WordParagraphs)}."),
    };

    private static Dictionary<string, DiagnosticDescriptor> Descriptors(TAnalyzer analyzer)
    {
        var descriptors = EngineDescriptors.All.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            descriptors[descriptor.Id] = descriptor;
        }

        return descriptors;
    }

    private List<ExpectedFinding> Expected(TestRelease release, TAnalyzer analyzer, Dictionary<string, DiagnosticDescriptor> descriptors)
    {
        var keyed = new Dictionary<int, (MarkedSpan Span, Documents.SourcePosition Start, Documents.SourcePosition End)>();
        var expected = new List<ExpectedFinding>();
        foreach (var (span, start, end) in release.Marked)
        {
            if (span.LocationKey is { } key)
            {
                if (!keyed.TryAdd(key, (span, start, end)))
                {
                    throw new ArgumentException($"The location key #{key} is marked twice in the source.");
                }

                continue;
            }

            var id = span.Id ?? SoleRule(analyzer);
            var descriptor = Descriptor(descriptors, id);
            expected.Add(new ExpectedFinding(id, Documents.DocumentParts.Body, start, end, descriptor.DefaultSeverity, null, null, IsSuppressed: false));
        }

        foreach (var result in ExpectedDiagnostics)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(ExpectedDiagnostics));
            var descriptor = Descriptor(descriptors, result.Id);
            var (part, start, end) = (result.Part, result.Start, result.End);
            if (result.LocationKey is { } key)
            {
                if (!keyed.TryGetValue(key, out var marked))
                {
                    throw new ArgumentException($"An expected {result.Id} refers to location #{key}, which is not marked in the source ({{|#{key}:...|}}).");
                }

                (part, start, end) = (Documents.DocumentParts.Body, marked.Start, marked.End);
            }

            var message = result.Message ?? (result.MessageArguments is { } arguments ? descriptor.FormatMessage([.. arguments]) : null);
            expected.Add(new ExpectedFinding(
                result.Id,
                result.HasLocation ? part : null,
                start,
                end,
                result.Severity ?? descriptor.DefaultSeverity,
                message,
                result.Suggestion,
                result.IsSuppressed));
        }

        return expected;
    }

    private static string SoleRule(TAnalyzer analyzer) => analyzer.SupportedDiagnostics switch
    {
        [var only] => only.Id,
        var all => throw new ArgumentException(
            $"[|...|] expects a finding of {typeof(TAnalyzer).Name}'s one rule, but it declares {all.Length} ({string.Join(", ", all.Select(d => d.Id))}); mark the span with the rule's id, as in {{|{(all.IsEmpty ? "ID" : all[0].Id)}:...|}}."),
    };

    private static DiagnosticDescriptor Descriptor(Dictionary<string, DiagnosticDescriptor> descriptors, string id) =>
        descriptors.TryGetValue(id, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"The test expects {id}, which {typeof(TAnalyzer).Name} does not declare in SupportedDiagnostics (it declares {string.Join(", ", descriptors.Keys.Where(k => !EngineDescriptors.All.Any(e => e.Id == k)).Order(StringComparer.Ordinal))}).");

    private string WriteConfiguration(string folder)
    {
        JsonObject configuration;
        try
        {
            configuration = JsonNode.Parse(Configuration ?? "{}") as JsonObject
                ?? throw new ArgumentException($"{nameof(Configuration)} must be a JSON object, as publicitycheck.json is.");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{nameof(Configuration)} is not valid JSON: {e.Message}", e);
        }

        configuration["root"] = true;
        var path = Path.Combine(folder, PublicityCheckConfiguration.FileName);
        File.WriteAllText(path, configuration.ToJsonString());
        foreach (var (relative, text) in AdditionalFiles)
        {
            var full = Path.GetFullPath(Path.Combine(folder, relative));
            if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The additional file '{relative}' must lie inside the release's folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return path;
    }

    private sealed class FixedClock(LocalDate today) : IClock
    {
        // Midday, so the day is the same in every time zone the checker may take "today" in.
        public Instant GetCurrentInstant() => today.At(new LocalTime(12, 0)).InUtc().ToInstant();
    }
}
