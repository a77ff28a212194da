using System.Collections.Concurrent;
using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Classification;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Reporting;
using PublicityCheck.Text;

namespace PublicityCheck;

/// <summary>
/// The one entry point every host calls: reads a release, finds its configuration, runs the analyzers and returns
/// its findings. Built once per process and shared: configuration and analyzers are loaded once, and files may be
/// checked from several threads at once.
/// </summary>
public sealed class PublicityChecker
{
    private readonly PublicityCheckerOptions _options;
    private readonly ConfigurationResolver _configurations;
    private readonly ConcurrentDictionary<string, Lazy<AnalyzerDriver>> _drivers = new(StringComparer.Ordinal);

    // One model-building stage per configuration, as the resolver holds one configuration per folder.
    private readonly ConcurrentDictionary<PublicityCheckConfiguration, Lazy<ReleaseModelBuilder>> _builders = new(ReferenceEqualityComparer.Instance);

    // The built-in classifier's load in the background, once it has been started (see PreloadClassifier).
    private Task? _classifierLoad;

    /// <summary>Creates a checker.</summary>
    public PublicityChecker(PublicityCheckerOptions? options = null)
    {
        _options = options ?? new PublicityCheckerOptions();
        _configurations = new ConfigurationResolver(_options.ConfigurationFile);
    }

    /// <summary>The readers in use.</summary>
    public DocumentReaders Readers => _options.Readers;

    /// <summary>The limits the readers are held to: a host that reads content itself reads it with these.</summary>
    public ReaderOptions ReaderOptions => _options.ReaderOptions;

    /// <summary>
    /// Starts loading, on a thread of its own, the party-political classifier that the configuration for a release at
    /// <paramref name="path"/> chooses, and returns at once: a host that serves checks calls this as it starts, so
    /// that its first check does not wait the second or more the classifier takes to load from cold. The task ends
    /// when the load does, and faults as it failed; the failure is met again, and reported, where a check first
    /// scores a sentence. It is the load the first check would start: a later call, or check, does not load again.
    /// Already complete when PC0201 is off there.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file is invalid.</exception>
    public Task PreloadClassifier(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PreloadClassifier(_configurations.ForDocument(path));
    }

    /// <summary>
    /// The longest document, in characters of text, that a host reading files ahead of checking them holds until its
    /// check: a longer one (a long report, or a crafted file near the readers' limit of a million characters) is let go
    /// once read and read again when it is checked, so that a window of files read ahead holds at most this much text a
    /// file, whatever a folder holds. A release is a few thousand characters.
    /// </summary>
    public const int MaxCharactersHeldAhead = 100_000;

    /// <summary>
    /// How many files a host that checks several reads, scores ahead together and then checks (a window): each window
    /// ends with every core waiting for its slowest file, and gives the sentence encoder fuller batches the more it
    /// holds, so 1,000 releases are checked about a tenth quicker in windows of 256 than of 64 (docs/performance.md).
    /// What a window holds is bounded in characters (<see cref="MaxCharactersHeldInWindow"/>), not by this count.
    /// </summary>
    public const int FilesReadAheadTogether = 256;

    /// <summary>
    /// The characters of text that the documents of one window read ahead hold together, at most: as much as 64
    /// documents of <see cref="MaxCharactersHeldAhead"/> each. A window of a folder's releases (a few thousand
    /// characters each) stays far under it, however many files the window reads; past it a document is let go once read
    /// and read again when it is checked (<see cref="ReadAheadBudget"/>).
    /// </summary>
    public const long MaxCharactersHeldInWindow = 64L * MaxCharactersHeldAhead;

    /// <summary>
    /// <see cref="ReadAhead(string, string, CancellationToken)"/>, held to the characters <paramref name="budget"/> has
    /// left for the window it reads: null, as for a document too long to hold, when the document would take the window
    /// past its budget. The threads reading one window share its budget.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="displayPath">The path to report.</param>
    /// <param name="budget">The window's budget.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    public DocumentReadResult? ReadAhead(string path, string displayPath, ReadAheadBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return budget.Hold(ReadAhead(path, displayPath, cancellationToken));
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> ahead of its check, for a host that reads a window of files, scores them
    /// together (<see cref="ScoreAhead"/>) and then checks each (<see cref="Check(DocumentReadResult, string, string, LocalDate?, CancellationToken)"/>).
    /// Never throws for a bad file: what cannot be read, or whatever reading it throws, is the read's PC0001. Null when
    /// the document is longer than <see cref="MaxCharactersHeldAhead"/>: it is let go, and the host checks the file by
    /// its path (<see cref="CheckFile(string, string, CancellationToken)"/>), which reads it again.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="displayPath">The path to report.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    public DocumentReadResult? ReadAhead(string path, string displayPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        DocumentReadResult read;
        try
        {
            read = _options.Readers.ReadFile(path, displayPath, _options.ReaderOptions, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return DocumentReadResult.Failure(displayPath, $"reading it failed unexpectedly ({ex.Message.TrimEnd('.')})");
        }

        return read.Document?.Text.Length > MaxCharactersHeldAhead ? null : read;
    }

    /// <summary>
    /// Scores ahead, together, the sentences of releases a host is about to check, so that the sentence encoder of the
    /// built-in classifier reads them in full batches of sentences of a length, a share a core, and the checks that
    /// follow find them remembered. Checked one by one, releases hand the encoder a few sentences at a time, which is
    /// about half as quick a sentence; a host checking a folder reads a window of files, calls this, then checks them.
    /// Only releases whose configuration runs PC0201 with the accurate classifier are read. The findings are the same
    /// whether or not a host calls it; a release that cannot be scored here (an invalid configuration, a classifier
    /// that will not load) is left to its check, which reports the failure as it would have.
    /// </summary>
    /// <param name="releases">Each release as read, and the path its configuration is found from.</param>
    /// <param name="cancellationToken">Stops the scoring between releases.</param>
    public void ScoreAhead(IReadOnlyList<(DocumentReadResult Read, string Path)> releases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var (read, path) in releases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (read?.Document is not { } document || path is null || !TryConfigurationFor(path, out var configuration)
                || configuration.SeverityOf(PC0201PartisanSentence.Descriptor) == DiagnosticSeverity.None
                || configuration.EffectiveClassifier != ClassifierMode.Accurate)
            {
                continue;
            }

            sentences.Add([.. SentenceSplitter.Default.Split(document).Select(s => s.Text)]);
        }

        if (sentences.Count == 0)
        {
            return;
        }

        try
        {
            PartisanClassifier.Ensemble.EncodeAhead(sentences);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Only a head start: the checks that follow score the same sentences and meet the failure themselves.
        }
    }

    private bool TryConfigurationFor(string path, out PublicityCheckConfiguration configuration)
    {
        try
        {
            configuration = _configurations.ForDocument(path);
            return true;
        }
        catch (ConfigurationException)
        {
            configuration = null!;
            return false;
        }
    }

    /// <summary>The configuration for the release at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file is invalid.</exception>
    public PublicityCheckConfiguration ConfigurationFor(string path) => _configurations.ForDocument(path);

    /// <summary>Every rule that applies to releases under <paramref name="configuration"/>, engine rules included.</summary>
    public ImmutableArray<DiagnosticDescriptor> DescriptorsFor(PublicityCheckConfiguration configuration) => DriverFor(configuration).Descriptors;

    /// <summary>Reads and checks the file at <paramref name="path"/>. Never throws for a bad file: it gives PC0001.</summary>
    /// <exception cref="ConfigurationException">The release's configuration is invalid.</exception>
    public FileResult CheckFile(string path, CancellationToken cancellationToken = default) => CheckFile(path, path, cancellationToken);

    /// <summary>
    /// Reads and checks the file at <paramref name="path"/>, reporting it as <paramref name="displayPath"/> (the path
    /// as the user typed it). Never throws for a bad file: it gives PC0001.
    /// </summary>
    /// <exception cref="ConfigurationException">The release's configuration is invalid.</exception>
    public FileResult CheckFile(string path, string displayPath, CancellationToken cancellationToken = default) =>
        CheckFile(path, displayPath, null, cancellationToken);

    /// <summary>
    /// Reads and checks the file at <paramref name="path"/>, reporting it as <paramref name="displayPath"/>, as if
    /// it were to be published on <paramref name="publishOn"/> when that is given. Never throws for a bad file: it gives PC0001.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="displayPath">The path as the user typed it.</param>
    /// <param name="publishOn">
    /// The publication date for this call only, winning over <see cref="PublicityCheckerOptions.PublishOn"/> and the
    /// date the release states; null for those.
    /// </param>
    /// <param name="cancellationToken">Stops a long check.</param>
    /// <exception cref="ConfigurationException">The release's configuration is invalid.</exception>
    public FileResult CheckFile(string path, string displayPath, LocalDate? publishOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        var configuration = _configurations.ForDocument(path);
        var driver = DriverFor(configuration);
        _ = PreloadClassifier(configuration);
        var read = _options.Readers.ReadFile(path, displayPath, _options.ReaderOptions, cancellationToken);
        StartupTrace.Mark("reading the release");
        return Check(read, displayPath, publishOn, configuration, driver, cancellationToken);
    }

    /// <summary>Checks a document that a host has already read (the HTTP service reads request bodies itself).</summary>
    /// <param name="read">What the reader made of the content.</param>
    /// <param name="path">The path to report, and to find configuration from.</param>
    /// <param name="cancellationToken">Stops a long check.</param>
    public FileResult Check(DocumentReadResult read, string path, CancellationToken cancellationToken = default) =>
        Check(read, path, null, cancellationToken);

    /// <summary>
    /// Checks a document that a host has already read, as if it were to be published on <paramref name="publishOn"/>
    /// when that is given. The document is not changed, so a host may check one document with several dates at once.
    /// </summary>
    /// <param name="read">What the reader made of the content.</param>
    /// <param name="path">The path to report, and to find configuration from.</param>
    /// <param name="publishOn">
    /// The publication date for this call only (the HTTP service's <c>publishOn</c>), winning over
    /// <see cref="PublicityCheckerOptions.PublishOn"/> and the date the release states; null for those.
    /// </param>
    /// <param name="cancellationToken">Stops a long check.</param>
    public FileResult Check(DocumentReadResult read, string path, LocalDate? publishOn, CancellationToken cancellationToken = default) =>
        Check(read, path, path, publishOn, cancellationToken);

    /// <summary>
    /// Checks a document that a host has already read from the file at <paramref name="path"/>, reporting it as
    /// <paramref name="displayPath"/>, as <see cref="CheckFile(string, string, LocalDate?, CancellationToken)"/> would
    /// have: a host that reads files ahead of checking them (to score a window of them together) gets the same result.
    /// </summary>
    /// <param name="read">What the reader made of the file, read with <paramref name="displayPath"/>.</param>
    /// <param name="path">The file, to find configuration from.</param>
    /// <param name="displayPath">The path to report.</param>
    /// <param name="publishOn">The publication date for this call only; null for the configured or stated one.</param>
    /// <param name="cancellationToken">Stops a long check.</param>
    /// <exception cref="ConfigurationException">The release's configuration is invalid.</exception>
    public FileResult Check(DocumentReadResult read, string path, string displayPath, LocalDate? publishOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        var configuration = _configurations.ForDocument(path);
        var driver = DriverFor(configuration);
        _ = PreloadClassifier(configuration);
        return Check(read, displayPath, publishOn, configuration, driver, cancellationToken);
    }

    private FileResult Check(DocumentReadResult read, string path, LocalDate? publishOn, PublicityCheckConfiguration configuration, AnalyzerDriver driver, CancellationToken cancellationToken)
    {
        if (read.Document is null)
        {
            // A file that could not be read has its PC0001 decided by the same stage as every other finding.
            return new FileResult(path, null, null, SeverityStage.Apply(read.Diagnostics, configuration, null));
        }

        var model = Build(read.Document, configuration, publishOn, cancellationToken);
        StartupTrace.Mark("release model");
        var readerDiagnostics = SkippedAnalyzers(configuration) is { Count: > 0 } skipped
            ? read.Diagnostics.Append(Diagnostic.Create(EngineDescriptors.AnalyzersNotRun, SourceLocation.ForFile(path), Describe(skipped, configuration)))
            : read.Diagnostics;
        var diagnostics = driver.Analyze(model, readerDiagnostics, cancellationToken);
        StartupTrace.Mark("analysis");
        return new FileResult(path, read.Document.Format, model.PublishOn, diagnostics)
        {
            PublishOnOrigin = model.PublishOnOrigin,
            Excerpts = FindingExcerpts.Of(read.Document, diagnostics),
            PublishOnSource = model.PublishOnSource,
            PublishOnLocation = model.Publication.Location,
            Speakers = SpeakersOf(model),
            Suppressions = read.Document.Suppressions,
        };
    }

    // The speakers are a part of the model a crafted release can stop the engine making; the rules that read them
    // have reported that (PC0005), and a host keeping a record of quotations simply gets none for the release.
    private static ImmutableArray<People.QuotedSpeaker> SpeakersOf(ReleaseModel model)
    {
        try
        {
            return model.Speakers;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [];
        }
    }

    /// <summary>
    /// What the rules would see for the file at <paramref name="path"/>, for <c>publicitycheck inspect</c>: its
    /// <see cref="ReleaseModel"/> under its configuration and publication date. Null when the file cannot be read;
    /// <paramref name="read"/> then says why.
    /// </summary>
    /// <exception cref="ConfigurationException">The release's configuration is invalid.</exception>
    public ReleaseModel? Inspect(string path, string displayPath, out DocumentReadResult read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var configuration = _configurations.ForDocument(path);
        DriverFor(configuration);
        read = _options.Readers.ReadFile(path, displayPath, _options.ReaderOptions, cancellationToken);
        return read.Document is null ? null : Build(read.Document, configuration, null, cancellationToken);
    }

    /// <summary>
    /// The model the rules would see for a document a host has already read, as if it were to be published on
    /// <paramref name="publishOn"/> when that is given; null when the content could not be read.
    /// </summary>
    /// <param name="read">What the reader made of the content.</param>
    /// <param name="path">The path to find configuration from.</param>
    /// <param name="publishOn">The publication date for this call only; null for the checker's or the release's.</param>
    /// <param name="cancellationToken">Stops a long build.</param>
    /// <exception cref="ConfigurationException">The release's configuration is invalid.</exception>
    public ReleaseModel? BuildModel(DocumentReadResult read, string path, LocalDate? publishOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(path);
        var configuration = _configurations.ForDocument(path);
        DriverFor(configuration);
        return read.Document is null ? null : Build(read.Document, configuration, publishOn, cancellationToken);
    }

    private ReleaseModel Build(ReleaseDocument document, PublicityCheckConfiguration configuration, LocalDate? publishOn, CancellationToken cancellationToken)
    {
        var builder = _builders.GetOrAdd(configuration, c => new Lazy<ReleaseModelBuilder>(() => new ReleaseModelBuilder(c))).Value;
        return builder.Build(document, OptionsFor(document, configuration, publishOn), cancellationToken);
    }

    // The date is worked out per call and held in the options, never written into the shared document.
    private AnalysisOptions OptionsFor(ReleaseDocument document, PublicityCheckConfiguration configuration, LocalDate? publishOnThisCall)
    {
        var given = publishOnThisCall ?? _options.PublishOn;
        var publication = given is { } date ? new PublicationDate(date, PublishOnSource.Option, "given by the host")
            : document.Metadata.Publication
            ?? new PublicationDate(_options.Clock.GetCurrentInstant().InZone(_options.TimeZone).Date, PublishOnSource.Today, "today");
        return new AnalysisOptions(publication.Date, configuration)
        {
            PublishOnAssumed = publication.Source == PublishOnSource.Today,
            PublishOnGiven = given is not null,
            Publication = publication,
        };
    }

    /// <summary>
    /// Whether council analyzers named in configuration may run: those of a file given explicitly
    /// (<see cref="PublicityCheckerOptions.ConfigurationFile"/>) always may; those of discovered files only when the
    /// host allows it (<see cref="PublicityCheckerOptions.AllowDiscoveredAnalyzers"/>).
    /// </summary>
    private bool AnalyzersTrusted => _options.ConfigurationFile is not null || _options.AllowDiscoveredAnalyzers;

    private List<string> SkippedAnalyzers(PublicityCheckConfiguration configuration) =>
        AnalyzersTrusted ? [] : [.. configuration.Analyzers];

    private static string Describe(List<string> skipped, PublicityCheckConfiguration configuration) => string.Join(
        "; ",
        skipped
            .GroupBy(a => configuration.AnalyzerOrigins.GetValueOrDefault(a, PublicityCheckConfiguration.FileName), StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g)} (named in {g.Key})"));

    /// <summary>
    /// Starts loading the built-in classifier the configuration chooses on a thread of its own, the first time a file
    /// is checked, so that the load (the sentence encoder's model, a second or more from cold) runs on another core
    /// while the release is read and its model built, instead of after them. The first sentence scored waits for the
    /// same load rather than starting its own, and meets any failure of it as it would have without this.
    /// </summary>
    private Task PreloadClassifier(PublicityCheckConfiguration configuration)
    {
        if (configuration.SeverityOf(PC0201PartisanSentence.Descriptor) == DiagnosticSeverity.None)
        {
            return Task.CompletedTask;
        }

        if (Volatile.Read(ref _classifierLoad) is { } started)
        {
            return started;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Interlocked.CompareExchange(ref _classifierLoad, done.Task, null) is { } raced)
        {
            return raced;
        }

        var mode = configuration.EffectiveClassifier;
        var workload = _options.ClassifierWorkload;
        var loading = new Thread(() =>
        {
            try
            {
                PartisanClassifier.Preload(mode, workload);
                done.SetResult();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Met again, and reported, where the classifier is first used; the task says so to a host that waits.
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "PublicityCheck classifier load",
        };
        loading.Start();
        return done.Task;
    }

    private AnalyzerDriver DriverFor(PublicityCheckConfiguration configuration)
    {
        var trusted = AnalyzersTrusted;
        var council = trusted ? configuration.Analyzers : configuration.Analyzers.IsEmpty ? [] : ["(council analyzers not loaded)"];
        var key = string.Join('\n', council.Concat(configuration.Phrases.Select(p => p.Fingerprint)));
        var driver = _drivers.GetOrAdd(key, _ => new Lazy<AnalyzerDriver>(() => CreateDriver(configuration, trusted))).Value;
        foreach (var (id, origin) in configuration.RuleOrigins)
        {
            // A council rule's id cannot be checked against analyzers that were not loaded.
            if (!driver.IsKnownRule(id) && !(driver.LocalRulesMayBeUnloaded && !id.StartsWith("PC", StringComparison.OrdinalIgnoreCase)))
            {
                throw origin.Error($"'{id}' is not a rule id (see 'publicitycheck rules' for the list)");
            }
        }

        return driver;
    }

    private AnalyzerDriver CreateDriver(PublicityCheckConfiguration configuration, bool trusted)
    {
        var analyzers = _options.AnalyzerFactory().ToList();
        if (!configuration.Phrases.IsEmpty)
        {
            analyzers.Add(new ConfiguredPhraseAnalyzer(configuration.Phrases));
        }

        var council = new List<PublicityAnalyzer>();
        if (trusted)
        {
            foreach (var assembly in configuration.Analyzers)
            {
                council.AddRange(AnalyzerAssemblyLoader.Load(assembly, _options.AnalyzerTimeLimit));
            }
        }

        return new AnalyzerDriver(analyzers, council, _options.AnalyzerTimeLimit) { LocalRulesMayBeUnloaded = !trusted && !configuration.Analyzers.IsEmpty };
    }
}
