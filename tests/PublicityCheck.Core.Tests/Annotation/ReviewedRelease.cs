using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Annotation;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Fixing;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Annotation;

/// <summary>
/// A Word release checked with every built-in rule (and the configuration's phrase rules), reviewed with its chosen
/// fixes written as tracked changes, and the reviewed copy read again with those changes accepted and rejected: what
/// a test of <c>annotate --fix</c> asserts on.
/// </summary>
internal sealed class ReviewedRelease
{
    /// <summary>The date every change is written with.</summary>
    public static readonly DateTime ReviewDate = new(2026, 3, 2, 10, 15, 42, DateTimeKind.Utc);

    private readonly PublicityCheckConfiguration _configuration;
    private readonly LocalDate _publishOn;

    private ReviewedRelease(byte[] original, PublicityCheckConfiguration configuration, LocalDate publishOn, FixSelection selection)
    {
        _configuration = configuration;
        _publishOn = publishOn;
        Original = original;
        Document = Read(original);
        Findings = Check(original);
        Choices = FixChooser.Choose(Findings, selection);
        Review = WordAnnotator.Review(original, Findings, Choices, RuleLinks.Installed, ReviewDate);
        Reviewed = Review.Content.ToArray();
        Accepted = TrackedChanges.Accept(Reviewed, WordAnnotator.Author);
        Rejected = TrackedChanges.Reject(Reviewed, WordAnnotator.Author);
    }

    public byte[] Original { get; }

    public ReleaseDocument Document { get; }

    public ImmutableArray<Diagnostic> Findings { get; }

    public IReadOnlyList<FixChoice> Choices { get; }

    public WordReview Review { get; }

    public byte[] Reviewed { get; }

    public byte[] Accepted { get; }

    public byte[] Rejected { get; }

    /// <summary>Checks and reviews <paramref name="package"/>, choosing fixes by <paramref name="selection"/>.</summary>
    public static ReviewedRelease Of(byte[] package, FixSelection selection = FixSelection.Safe, PublicityCheckConfiguration? configuration = null, LocalDate? publishOn = null) =>
        new(package, configuration ?? WreakeValley.Configuration(), publishOn ?? new LocalDate(2026, 3, 3), selection);

    /// <summary>The release text of a package, as the reader reads it.</summary>
    public static string TextOf(byte[] package) => Read(package).Text;

    /// <summary>The findings of a check of <paramref name="package"/>.</summary>
    public ImmutableArray<Diagnostic> Check(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        var read = new WordReader().Read("release.docx", stream, ReaderOptions.Default);
        Assert.True(read.Document is not null, string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        var analyzers = BuiltInAnalyzers.Create().Add(new ConfiguredPhraseAnalyzer(_configuration.Phrases));
        return new AnalyzerDriver(analyzers).Analyze(read.Document, new AnalysisOptions(_publishOn, _configuration), read.Diagnostics);
    }

    /// <summary>
    /// The release's paragraphs as they should read with the written fixes accepted: every character outside the
    /// applied edits' spans as it was, each span replaced by its new text. A paragraph left with nothing but white
    /// space is no paragraph (the reader gives it no block), and a paragraph's trailing white space is not read.
    /// </summary>
    public List<string> ExpectedAcceptedParagraphs() => FixedParagraphs(Document.Text, Review.Applied);

    /// <summary>The paragraphs of <paramref name="text"/> with the edits of <paramref name="applied"/> made (an edit two fixes share, once).</summary>
    public static List<string> FixedParagraphs(string text, IEnumerable<FixChoice> applied)
    {
        var edits = applied.SelectMany(a => a.Fix.Edits).DistinctBy(e => (e.Span, e.NewText)).OrderByDescending(e => e.Span.Start).ToList();
        var result = new StringBuilder(text);
        foreach (var edit in edits)
        {
            result.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return Paragraphs(result.ToString());
    }

    /// <summary>The paragraphs of the reviewed copy with every change by PublicityCheck accepted.</summary>
    public List<string> AcceptedParagraphs() => Paragraphs(TextOf(Accepted));

    /// <summary>Every error <see cref="OpenXmlValidator"/> finds in the reviewed copy.</summary>
    public List<string> ValidationErrors()
    {
        using var stream = new MemoryStream(Reviewed, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>The paragraphs of a release's text, as far as they can be compared: a paragraph left with nothing gives no block, and trailing white space is not read.</summary>
    public static List<string> Paragraphs(string text) =>
        [.. text.Split(ReleaseDocument.BlockSeparator).Select(p => p.TrimEnd()).Where(p => p.Length > 0)];

    private static ReleaseDocument Read(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        var read = new WordReader().Read("release.docx", stream, ReaderOptions.Default);
        Assert.True(read.Document is not null, string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        return read.Document;
    }
}
