using System.Collections.Frozen;
using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>
/// Runs a set of analyzers over releases: each analyzer's registered actions on the document, its blocks, its
/// sentences and its quotations; then configured severities and the author's suppressions. An analyzer that throws becomes a PC0005
/// finding and the others still run. Built once, used for many documents, from several threads at once.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<AnalyzerRegistration> _registrations;
    private readonly ImmutableArray<(string Analyzer, string Error)> _initializationFailures;
    private readonly FrozenSet<string> _knownIds;

    /// <summary>Initializes every analyzer once.</summary>
    public AnalyzerDriver(IEnumerable<PublicityAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        var registrations = ImmutableArray.CreateBuilder<AnalyzerRegistration>();
        var failures = ImmutableArray.CreateBuilder<(string Analyzer, string Error)>();
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in EngineDescriptors.All)
        {
            descriptors[descriptor.Id] = descriptor;
        }

        foreach (var analyzer in analyzers)
        {
            var registration = new AnalyzerRegistration(analyzer);
            try
            {
                analyzer.Initialize(registration);
                foreach (var descriptor in analyzer.SupportedDiagnostics)
                {
                    if (descriptors.TryGetValue(descriptor.Id, out var existing) && !ReferenceEquals(existing, descriptor))
                    {
                        throw new InvalidOperationException($"rule id {descriptor.Id} is already declared by another analyzer");
                    }

                    descriptors[descriptor.Id] = descriptor;
                }

                registrations.Add(registration);
            }
#pragma warning disable CA1031 // An analyzer's failure must never end the run.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add((analyzer.Name, $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        _registrations = registrations.ToImmutable();
        _initializationFailures = failures.ToImmutable();
        Descriptors = [.. descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
        _knownIds = descriptors.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every rule the driver can report, engine rules included, by id.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Whether <paramref name="ruleId"/> is a rule some analyzer (or the engine) reports.</summary>
    public bool IsKnownRule(string ruleId) => _knownIds.Contains(ruleId);

    /// <summary>
    /// Analyses <paramref name="document"/>. The result holds <paramref name="readerDiagnostics"/> and every
    /// finding, at configured severities (rules set to none left out), suppressed ones marked, in source order.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(
        ReleaseDocument document,
        AnalysisOptions options,
        IEnumerable<Diagnostic>? readerDiagnostics = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
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
            var analyzer = registration.Analyzer;
            if (analyzer.SupportedDiagnostics.All(d => options.Configuration.SeverityOf(d) == DiagnosticSeverity.None))
            {
                continue;
            }

            var reported = new List<Diagnostic>();
            try
            {
                Run(registration, document, options, reported, cancellationToken);
                found.AddRange(reported);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // An analyzer's failure must never end the run.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
                found.Add(Diagnostic.Create(EngineDescriptors.AnalyzerFailure, SourceLocation.ForFile(document.Path), analyzer.Name, ids, $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        foreach (var suppression in document.Suppressions)
        {
            foreach (var id in suppression.RuleIds.IsDefault ? [] : suppression.RuleIds)
            {
                if (!IsKnownRule(id))
                {
                    var at = new SourceLocation(document.Path, suppression.Part, suppression.Origin, suppression.Origin);
                    found.Add(Diagnostic.Create(EngineDescriptors.UnknownSuppressionRule, at, id));
                }
            }
        }

        return Finish(found, document, options);
    }

    private static void Run(AnalyzerRegistration registration, ReleaseDocument document, AnalysisOptions options, List<Diagnostic> reported, CancellationToken cancellationToken)
    {
        var analyzer = registration.Analyzer;
        void Report(Diagnostic diagnostic)
        {
            if (!analyzer.SupportedDiagnostics.Contains(diagnostic.Descriptor))
            {
                throw new InvalidOperationException($"it reported {diagnostic.Id}, which it does not declare in SupportedDiagnostics");
            }

            reported.Add(diagnostic);
        }

        foreach (var action in registration.DocumentActions)
        {
            action(new DocumentAnalysisContext(document, options, Report, cancellationToken));
        }

        foreach (var (action, kinds) in registration.BlockActions)
        {
            foreach (var block in document.Blocks)
            {
                if (kinds.Length == 0 || Array.IndexOf(kinds, block.Kind) >= 0)
                {
                    action(new BlockAnalysisContext(document, block, options, Report, cancellationToken));
                }
            }
        }

        foreach (var action in registration.SentenceActions)
        {
            foreach (var sentence in document.Sentences)
            {
                action(new SentenceAnalysisContext(document, sentence, options, Report, cancellationToken));
            }
        }

        foreach (var action in registration.QuotationActions)
        {
            foreach (var quotation in document.Quotations)
            {
                action(new QuotationAnalysisContext(document, quotation, options, Report, cancellationToken));
            }
        }
    }

    private static ImmutableArray<Diagnostic> Finish(List<Diagnostic> found, ReleaseDocument document, AnalysisOptions options)
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>(found.Count);
        foreach (var diagnostic in found)
        {
            // Configuration has the last word; otherwise the analyzer's own severity (a rule may raise it in context).
            var severity = options.Configuration.Rules.TryGetValue(diagnostic.Id, out var configured) ? configured : diagnostic.Severity;
            if (severity == DiagnosticSeverity.None)
            {
                continue;
            }

            var suppression = document.Suppressions.FirstOrDefault(s => s.Covers(diagnostic.Id, diagnostic.Location.Part, diagnostic.Location.Start));
            result.Add(diagnostic with
            {
                Severity = severity,
                Suppression = suppression is null
                    ? null
                    : new SuppressionInfo(suppression.Justification, new SourceLocation(document.Path, suppression.Part, suppression.Origin, suppression.Origin)),
            });
        }

        result.Sort(DiagnosticOrder.Instance);
        return result.ToImmutable();
    }
}
