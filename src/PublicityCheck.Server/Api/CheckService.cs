using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Reporting;
using PublicityCheck.Server.Hosting;

namespace PublicityCheck.Server.Api;

/// <summary>
/// The one checker every request shares: configuration and analyzers are loaded once, when the server starts, and
/// requests are checked concurrently. Releases sent over HTTP take their configuration from the server's working
/// folder (or <c>--config</c>), as if they were files there.
/// </summary>
internal sealed class CheckService
{
    private readonly PublicityChecker _checker;
    private readonly string _folder;
    private readonly Lock _loadLock = new();

    public CheckService(PublicityCheckerOptions options, string folder)
        : this(options, folder, preloadClassifier: false)
    {
    }

    public CheckService(PublicityCheckerOptions options, string folder, bool preloadClassifier)
    {
        _checker = new PublicityChecker(options);
        _folder = folder;
        Rules();
        if (preloadClassifier)
        {
            StartClassifierLoad();
        }
    }

    /// <summary>
    /// The classifier's load, once started: as the service was built (<see cref="ServerOptions.PreloadClassifier"/>)
    /// or by <see cref="StartClassifierLoad"/>; null before.
    /// </summary>
    public Task? ClassifierLoad { get; private set; }

    /// <summary>Starts the classifier's load on another thread, once; later calls give the same load.</summary>
    public Task StartClassifierLoad()
    {
        lock (_loadLock)
        {
            return ClassifierLoad ??= _checker.PreloadClassifier(PathFor("release.docx"));
        }
    }

    public CheckResponse CheckParagraphs(IReadOnlyList<string?> paragraphs, NodaTime.LocalDate? publishOn, string? category, CancellationToken cancellationToken)
    {
        var path = PathFor("release.docx");
        var read = ParagraphDocument.Build(path, paragraphs, category);
        return Respond(_checker.Check(read, path, publishOn, cancellationToken), path) with { Publication = ApiPublication.StatedBy(read.Document!) };
    }

    public CheckResponse CheckContent(string fileName, byte[] content, NodaTime.LocalDate? publishOn, CancellationToken cancellationToken)
    {
        var path = PathFor(fileName);
        var reader = _checker.Readers.ForPath(path) ?? throw new ArgumentException($"no reader for {fileName}", nameof(fileName));
        using var stream = new MemoryStream(content, writable: false);
        var read = reader.Read(path, stream, _checker.ReaderOptions, cancellationToken);

        // The date the client sends wins over any the release states, as --publish-on does on the command line. It
        // is given for this call only: the document is never rebuilt, so nothing another request holds changes.
        var response = Respond(_checker.Check(read, path, publishOn, cancellationToken), path);
        if (read.Document is not { } document)
        {
            return response;
        }

        response = response with { Publication = ApiPublication.StatedBy(document) };
        return document.Format == ReleaseFormat.Word ? response with { Paragraphs = BodyParagraphs(document) } : response;
    }

    public IReadOnlyList<ApiRule> Rules()
    {
        var configuration = _checker.ConfigurationFor(PathFor("release.docx"));
        return _checker.DescriptorsFor(configuration)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new ApiRule(d.Id, d.Title, d.Category, d.DefaultSeverity.ToName(), configuration.SeverityOf(d).ToName(), PublicHelpUri(d, configuration.HelpBaseUrl)))
            .ToList();
    }

    private static string?[] BodyParagraphs(ReleaseDocument document)
    {
        var body = document.Blocks.Where(b => b.Part == DocumentParts.Body).ToList();
        var paragraphs = new string?[body.Count == 0 ? 0 : body.Max(b => b.Start.Line)];
        foreach (var block in body)
        {
            paragraphs[block.Start.Line - 1] = block.Text;
        }

        return paragraphs;
    }

    private string PathFor(string fileName) => Path.Combine(_folder, fileName);

    private CheckResponse Respond(FileResult result, string path)
    {
        var published = _checker.ConfigurationFor(path).HelpBaseUrl;
        return new([.. result.Active.Select(d => ApiDiagnostic.From(d) with { HelpUri = PublicHelpUri(d.Descriptor, published) })]);
    }

    /// <summary>
    /// A help link fit to send to a client: a built-in rule links to its page where the council publishes the pages
    /// (<c>helpBaseUrl</c>), or else to its page on this server (<c>/rules/PCnnnn</c>); a rule defined in a
    /// configuration file links to that file, and its full path says where the server keeps its files and who runs
    /// it, so the client is told only the file's name. A council's analyzer that gave no page has no link.
    /// </summary>
    internal static Uri? PublicHelpUri(DiagnosticDescriptor rule, HelpBaseUrl? published)
    {
        if (RuleHelp.HasBuiltInPage(rule))
        {
            return published?.PageFor(rule.Id) ?? new Uri(RulePages.PathFor(rule.Id), UriKind.Relative);
        }

        var helpUri = rule.HelpUri;
        if (!helpUri.IsAbsoluteUri)
        {
            return null;
        }

        return helpUri.IsFile ? new Uri(Path.GetFileName(helpUri.LocalPath), UriKind.Relative) : helpUri;
    }
}
