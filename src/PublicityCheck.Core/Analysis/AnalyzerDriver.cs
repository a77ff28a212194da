using System.Collections.Frozen;
using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck.Analysis;

/// <summary>
/// Runs a set of analyzers over releases: each analyzer's registered actions on the release's model, its blocks,
/// its sentences and its quotations; then one stage (<see cref="SeverityStage"/>) decides every finding's severity, from
/// configuration and the escalation an analyzer recorded, and marks the author's suppressions. An analyzer that throws
/// becomes a PC0005 finding and the others still run. Built once, used for many documents, from several threads at once.
/// </summary>
/// <remarks>
/// A council's own analyzers (loaded from <c>analyzers</c> in configuration) are also held to a time limit per
/// file: each runs on a thread of its own, with a cancellation token that fires at the limit, and one that runs past
/// it has its findings for the file discarded, is reported as PC0005 and is not run again by this driver. .NET
/// cannot stop a thread, so a runaway analyzer's thread is abandoned (it is a background thread, so it does not keep
/// the process alive). The built-in analyzers run on the calling thread, without that cost.
/// </remarks>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<AnalyzerRegistration> _registrations;
    private readonly ImmutableArray<(string Analyzer, string Error)> _initializationFailures;
    private readonly FrozenSet<string> _knownIds;
    private readonly TimeSpan _timeLimit;

    /// <summary>Initializes every analyzer once, on the calling thread.</summary>
    public AnalyzerDriver(IEnumerable<PublicityAnalyzer> analyzers)
        : this(analyzers, [], DefaultTimeLimit)
    {
    }

    /// <summary>
    /// Initializes every analyzer once: <paramref name="analyzers"/> (the built-in ones) on the calling thread, and
    /// <paramref name="councilAnalyzers"/> each on a thread of its own, held to <paramref name="timeLimit"/> there
    /// and on each file.
    /// </summary>
    public AnalyzerDriver(IEnumerable<PublicityAnalyzer> analyzers, IEnumerable<PublicityAnalyzer> councilAnalyzers, TimeSpan timeLimit)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(councilAnalyzers);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeLimit, TimeSpan.Zero);
        _timeLimit = timeLimit;
        var registrations = ImmutableArray.CreateBuilder<AnalyzerRegistration>();
        var failures = ImmutableArray.CreateBuilder<(string Analyzer, string Error)>();
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in EngineDescriptors.All)
        {
            descriptors[descriptor.Id] = descriptor;
        }

        foreach (var (analyzer, isCouncil) in analyzers.Select(a => (a, false)).Concat(councilAnalyzers.Select(a => (a, true))))
        {
            var registration = new AnalyzerRegistration(analyzer) { IsCouncil = isCouncil, Name = analyzer.GetType().Name };
            var error = isCouncil ? InitializeLimited(registration) : Initialize(registration);
            if (error is null)
            {
                error = Declare(registration, descriptors);
            }

            if (error is null)
            {
                registrations.Add(registration);
            }
            else
            {
                failures.Add((registration.Name, error));
            }
        }

        _registrations = registrations.ToImmutable();
        _initializationFailures = failures.ToImmutable();
        Descriptors = [.. descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
        _knownIds = descriptors.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How long a council analyzer may take over one file (or to start) by default: 10 seconds.</summary>
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Every rule the driver can report, engine rules included, by id.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>
    /// Whether a council's own rule ids (those not starting <c>PC</c>) may belong to analyzers that were not loaded,
    /// so a suppression naming one is not reported as naming an unknown rule (PC0006).
    /// </summary>
    internal bool LocalRulesMayBeUnloaded { get; init; }

    /// <summary>Whether <paramref name="ruleId"/> is a rule some analyzer (or the engine) reports.</summary>
    public bool IsKnownRule(string ruleId) => _knownIds.Contains(ruleId);

    /// <summary>
    /// Analyses <paramref name="document"/>, building its <see cref="ReleaseModel"/> first. The result holds
    /// <paramref name="readerDiagnostics"/> and every finding, at configured severities raised by their escalations
    /// (rules set to none left out), suppressed ones marked, in source order.
    /// </summary>
    /// <remarks>A host that checks many releases under one configuration builds their models with one <see cref="ReleaseModelBuilder"/> and calls <see cref="Analyze(ReleaseModel, IEnumerable{Diagnostic}?, CancellationToken)"/>.</remarks>
    public ImmutableArray<Diagnostic> Analyze(
        ReleaseDocument document,
        AnalysisOptions options,
        IEnumerable<Diagnostic>? readerDiagnostics = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var model = new ReleaseModelBuilder(options.Configuration).Build(document, options, cancellationToken);
        return Analyze(model, readerDiagnostics, cancellationToken);
    }

    /// <summary>
    /// Analyses the release <paramref name="model"/> describes: every analyzer reads that one model. The result holds
    /// <paramref name="readerDiagnostics"/> and every finding, at configured severities raised by their escalations
    /// (rules set to none left out), suppressed ones marked, in source order.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(
        ReleaseModel model,
        IEnumerable<Diagnostic>? readerDiagnostics = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = model.Document;
        var options = ReleaseModelBuilder.OptionsOf(model);
        var found = new List<Diagnostic>();
        if (readerDiagnostics is not null)
        {
            found.AddRange(readerDiagnostics);
        }

        foreach (var (name, error) in _initializationFailures)
        {
            found.Add(Diagnostic.Create(EngineDescriptors.AnalyzerFailure, SourceLocation.ForFile(document.Path), name, "(all of its rules)", error));
        }

        foreach (var registration in _registrations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (registration.Supported.All(d => options.Configuration.SeverityOf(d) == DiagnosticSeverity.None))
            {
                continue;
            }

            var error = registration.IsCouncil
                ? AnalyzeLimited(registration, model, found, cancellationToken)
                : AnalyzeInline(registration, model, found, cancellationToken);
            if (error is not null)
            {
                var ids = string.Join(", ", registration.Supported.Select(d => d.Id));
                found.Add(Diagnostic.Create(EngineDescriptors.AnalyzerFailure, SourceLocation.ForFile(document.Path), registration.Name, ids, error));
            }
        }

        foreach (var suppression in document.Suppressions)
        {
            foreach (var id in suppression.RuleIds.IsDefault ? [] : suppression.RuleIds)
            {
                if (!IsKnownRule(id) && !(LocalRulesMayBeUnloaded && !id.StartsWith("PC", StringComparison.OrdinalIgnoreCase)))
                {
                    var at = new SourceLocation(document.Path, suppression.Part, suppression.Origin, suppression.Origin);
                    found.Add(Diagnostic.Create(EngineDescriptors.UnknownSuppressionRule, at, id));
                }
            }
        }

        // A rule may reach one finding from two places (a role stated once, read for each of its speaker's
        // quotations): a finding with the same rule, place and message is reported once.
        var seen = new HashSet<(string Id, SourceLocation Location, string Message)>();
        found.RemoveAll(d => !seen.Add((d.Id, d.Location, d.Message)));
        return SeverityStage.Apply(found, options.Configuration, document);
    }

    private static string? Initialize(AnalyzerRegistration registration)
    {
        try
        {
            Start(registration);
            return null;
        }
#pragma warning disable CA1031 // An analyzer's failure must never end the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Describe(ex);
        }
    }

    private string? InitializeLimited(AnalyzerRegistration registration)
    {
        var (outcome, error) = LimitedRun.Run(_ => Start(registration), _timeLimit, "council analyzer " + registration.Name, CancellationToken.None);
        return outcome switch
        {
            LimitedRun.Outcome.Completed => null,
            LimitedRun.Outcome.TimedOut => $"it ran past the {LimitedRun.Describe(_timeLimit)} time limit while starting, and was stopped",
            _ => Describe(error!),
        };
    }

    // The analyzer's name and rules are read once, here: a getter that throws or changes later cannot reach the run.
    private static void Start(AnalyzerRegistration registration)
    {
        var analyzer = registration.Analyzer;
        registration.Name = analyzer.Name ?? registration.Name;
        analyzer.Initialize(registration);
        var supported = analyzer.SupportedDiagnostics;
        registration.Supported = supported.IsDefault ? throw new InvalidOperationException("its SupportedDiagnostics is an uninitialized array") : supported;
        if (supported.Any(d => d is null))
        {
            throw new InvalidOperationException("its SupportedDiagnostics holds a null descriptor");
        }
    }

    private static string? Declare(AnalyzerRegistration registration, Dictionary<string, DiagnosticDescriptor> descriptors)
    {
        var own = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in registration.Supported)
        {
            if (descriptors.TryGetValue(descriptor.Id, out var existing) && !ReferenceEquals(existing, descriptor))
            {
                return $"{nameof(InvalidOperationException)}: rule id {descriptor.Id} is already declared by another analyzer";
            }

            own[descriptor.Id] = descriptor;
        }

        foreach (var (id, descriptor) in own)
        {
            descriptors[id] = descriptor;
        }

        return null;
    }

    private static string? AnalyzeInline(AnalyzerRegistration registration, ReleaseModel model, List<Diagnostic> found, CancellationToken cancellationToken)
    {
        var reported = new List<Diagnostic>();
        try
        {
            Run(registration, model, reported, cancellationToken);
            found.AddRange(reported);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // An analyzer's failure must never end the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Describe(ex);
        }
    }

    private string? AnalyzeLimited(AnalyzerRegistration registration, ReleaseModel model, List<Diagnostic> found, CancellationToken cancellationToken)
    {
        if (registration.StoppedOn is { } earlier)
        {
            return $"it ran past the {LimitedRun.Describe(_timeLimit)} time limit on {earlier} and was stopped, so it is not run again";
        }

        var reported = new List<Diagnostic>();
        var (outcome, error) = LimitedRun.Run(
            token => Run(registration, model, reported, token),
            _timeLimit,
            "council analyzer " + registration.Name,
            cancellationToken);
        switch (outcome)
        {
            case LimitedRun.Outcome.Completed:
                found.AddRange(reported);
                return null;
            case LimitedRun.Outcome.TimedOut:
                // Only the first file's name is kept: later files say where the analyzer was stopped.
                Interlocked.CompareExchange(ref registration.StoppedOn, model.Document.Path, null);
                return $"it ran past the {LimitedRun.Describe(_timeLimit)} time limit and was stopped; its findings on this file were discarded";
            default:
                return error is OperationCanceledException && cancellationToken.IsCancellationRequested ? throw new OperationCanceledException(cancellationToken) : Describe(error!);
        }
    }

    // An exception's message is the analyzer's code too, and may itself throw.
    private static string Describe(Exception ex)
    {
        var type = ex.GetType().Name;
        try
        {
            return ex is AnalyzerUnusableException ? ex.Message : $"{type}: {ex.Message}";
        }
#pragma warning disable CA1031 // An analyzer's failure must never end the run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return $"{type} (its message could not be read)";
        }
    }

    private static void Run(AnalyzerRegistration registration, ReleaseModel model, List<Diagnostic> reported, CancellationToken cancellationToken)
    {
        var supported = registration.Supported;
        void Report(Diagnostic diagnostic)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!supported.Contains(diagnostic.Descriptor))
            {
                throw new InvalidOperationException($"it reported {diagnostic.Id}, which it does not declare in SupportedDiagnostics");
            }

            reported.Add(diagnostic);
        }

        foreach (var action in registration.DocumentActions)
        {
            action(new DocumentAnalysisContext(model, Report, cancellationToken));
        }

        foreach (var (action, kinds) in registration.BlockActions)
        {
            foreach (var block in model.Document.Blocks)
            {
                if (kinds.Length == 0 || Array.IndexOf(kinds, block.Kind) >= 0)
                {
                    action(new BlockAnalysisContext(model, block, Report, cancellationToken));
                }
            }
        }

        foreach (var action in registration.SentenceActions)
        {
            foreach (var sentence in model.Sentences)
            {
                action(new SentenceAnalysisContext(model, sentence, Report, cancellationToken));
            }
        }

        foreach (var action in registration.QuotationActions)
        {
            foreach (var quotation in model.Quotations)
            {
                action(new QuotationAnalysisContext(model, quotation, Report, cancellationToken));
            }
        }
    }
}
