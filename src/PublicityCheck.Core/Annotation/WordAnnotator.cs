using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReaderOptions = PublicityCheck.Documents.ReaderOptions;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Fixing;
using PublicityCheck.Reporting;

namespace PublicityCheck.Annotation;

/// <summary>
/// Writes a reviewed copy of a Word release: one Word comment per finding, by <see cref="Author"/>, anchored on
/// exactly the words the finding is about (runs are split where a finding starts or ends inside one), and, when
/// asked, the findings' fixes as tracked changes by the same author. Findings
/// about the whole file, and findings in headers, footers and notes (where Word keeps no comments), are commented on
/// the body's first paragraph, naming where they are.
/// </summary>
/// <remarks>
/// The main document is read and walked exactly as the Word reader reads it (<see cref="PartText"/>, with the same
/// bounds), so a finding's paragraph and columns name the same characters here; the comments part is edited with
/// the Open XML SDK.
/// </remarks>
public static class WordAnnotator
{
    /// <summary>The comments' author.</summary>
    public const string Author = "PublicityCheck";

    /// <summary>
    /// The comment text for <paramref name="diagnostic"/>: <c>PC0101 warning: message (help link)</c>, with
    /// <c>(raised: reason)</c> after the message of a finding the context raised. The link is the rule's in
    /// <paramref name="links"/> (by default the page installed with the tool); a rule with no page has none.
    /// </summary>
    public static string CommentText(Diagnostic diagnostic, RuleLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var raised = diagnostic.Escalation is { } escalation ? $" (raised: {escalation.Reason})" : string.Empty;
        var link = (links ?? RuleLinks.Installed).For(diagnostic.Descriptor) is { } help ? $" ({help.AbsoluteUri})" : string.Empty;
        return $"{diagnostic.Id} {diagnostic.Severity.ToName()}: {diagnostic.Message}{raised}{link}";
    }

    /// <summary>
    /// Returns a copy of the package <paramref name="content"/> with a comment for each of
    /// <paramref name="diagnostics"/> (findings of a check of that same content). The bytes given are not changed.
    /// </summary>
    /// <param name="content">The .docx or .docm package.</param>
    /// <param name="diagnostics">The findings to comment, in the Word reader's location scheme.</param>
    /// <param name="date">The comments' date; now when not given.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <exception cref="InvalidDataException">
    /// The package is refused as the Word reader refuses it (not a zip, a zip bomb, a DTD), has no main document or
    /// no body, its main document is not well-formed XML, or the main document or comments part, which are rewritten,
    /// nest elements more than <see cref="WordXml.MaxDepth"/> deep or hold too many nodes; the message says which
    /// part and which limit.
    /// </exception>
    public static byte[] Annotate(ReadOnlySpan<byte> content, IEnumerable<Diagnostic> diagnostics, DateTime? date = null, CancellationToken cancellationToken = default) =>
        Annotate(content, diagnostics, RuleLinks.Installed, date, cancellationToken);

    /// <summary>
    /// As <see cref="Annotate(ReadOnlySpan{byte}, IEnumerable{Diagnostic}, DateTime?, CancellationToken)"/>, with each
    /// comment's help link from <paramref name="links"/> (a council's <c>helpBaseUrl</c>).
    /// </summary>
    /// <param name="content">The .docx or .docm package.</param>
    /// <param name="diagnostics">The findings to comment, in the Word reader's location scheme.</param>
    /// <param name="links">Where each rule's page is.</param>
    /// <param name="date">The comments' date; now when not given.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <exception cref="InvalidDataException">As the other overload.</exception>
    public static byte[] Annotate(ReadOnlySpan<byte> content, IEnumerable<Diagnostic> diagnostics, RuleLinks links, DateTime? date = null, CancellationToken cancellationToken = default) =>
        Review(content, diagnostics, [], links, date, cancellationToken).Content.ToArray();

    /// <summary>
    /// As <see cref="Annotate(ReadOnlySpan{byte}, IEnumerable{Diagnostic}, RuleLinks, DateTime?, CancellationToken)"/>,
    /// and writes each of <paramref name="fixes"/> (chosen by <see cref="FixChooser"/> from those findings) as Word
    /// tracked changes by <see cref="Author"/>: the words it removes deleted, the words it puts in their place
    /// inserted with the removed words' run properties, so that Word's Accept and Reject work on it. A fix is written
    /// whole or not at all: one whose words the document does not hold as plain runs of one paragraph (in a field,
    /// a hyperlink, a content control or an existing tracked change, or over paragraphs), or that overlaps a fix
    /// written before it, is left for a person and returned with why. Fixes in headers, footers and notes are
    /// written there; their findings' comments stay on the body's first paragraph.
    /// </summary>
    /// <param name="content">The .docx or .docm package.</param>
    /// <param name="diagnostics">The findings to comment, in the Word reader's location scheme.</param>
    /// <param name="fixes">The fixes to write, for findings of a check of that same content.</param>
    /// <param name="links">Where each rule's page is.</param>
    /// <param name="date">The comments' and changes' date; now when not given.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <exception cref="InvalidDataException">As <see cref="Annotate(ReadOnlySpan{byte}, IEnumerable{Diagnostic}, DateTime?, CancellationToken)"/>.</exception>
    public static WordReview Review(ReadOnlySpan<byte> content, IEnumerable<Diagnostic> diagnostics, IEnumerable<FixChoice> fixes, RuleLinks links, DateTime? date = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(fixes);
        ArgumentNullException.ThrowIfNull(links);
        var bytes = content.ToArray();
        if (WordPackageGuard.Check(bytes, ReaderOptions.Default, cancellationToken) is { } refusal)
        {
            throw new InvalidDataException($"The package cannot be annotated: {refusal}.");
        }

        var when = Seconds(date ?? DateTime.UtcNow);
        (ImmutableArray<FixChoice> Applied, ImmutableArray<SkippedFix> Skipped) written;
        using var stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = true }))
        {
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
            var xml = LoadMain(main, cancellationToken);

            // The Open XML SDK loads the comments part with no limit of ours (and slowly when deep), so it is read
            // through once, without building anything, before the SDK sees it.
            CheckBounds(main.WordprocessingCommentsPart, cancellationToken);
            var root = xml.Root ?? throw new InvalidDataException("The document has no body.");
            var body = root.Element(WordXml.NamespaceOf(root) + "body") ?? throw new InvalidDataException("The document has no body.");
            var map = PartText.Map(root, WordPackageReader.PartPath(main), cancellationToken);
            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            commentsPart.Comments ??= new Comments();
            var comments = commentsPart.Comments;
            var nextId = comments.Elements<Comment>()
                .Select(c => int.TryParse(c.Id?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1)
                .DefaultIfEmpty(-1)
                .Max() + 1;
            XElement? firstParagraph = null;
            foreach (var diagnostic in diagnostics)
            {
                var id = (nextId++).ToString(CultureInfo.InvariantCulture);
                var text = CommentText(diagnostic, links);
                var location = diagnostic.Location;
                if (location.Part != DocumentParts.Body || !CommentAnchor.Place(map, id, location.Start, location.End))
                {
                    if (location.Part != DocumentParts.File)
                    {
                        text = $"{location.Part}, paragraph {location.Start.Line}: {text}";
                    }

                    CommentAnchor.MarkParagraph(firstParagraph ??= FirstParagraph(map, body), id);
                }

                comments.AppendChild(NewComment(id, text, when));
            }

            comments.Save();
            written = WordFixes.Write(main, new StoryPart(main, xml, map), fixes, nextId, when, cancellationToken);
            Save(xml, main);
        }

        return new WordReview(stream.ToArray(), written.Applied, written.Skipped);
    }

    // Read as the Word reader reads it: bounded in depth and size while it is read, before any tree is built.
    private static XDocument LoadMain(MainDocumentPart main, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = main.GetStream(FileMode.Open, FileAccess.Read);
            return WordXml.Load(stream, WordPackageReader.PartPath(main), cancellationToken);
        }
        catch (XmlLimitException ex)
        {
            throw new InvalidDataException($"The package cannot be annotated: {ex.Message}.", ex);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"The package cannot be annotated: the part '{WordPackageReader.PartPath(main)}' is not well-formed XML ({ex.Message.TrimEnd('.')}).", ex);
        }
    }

    /// <summary>Writes <paramref name="xml"/> as <paramref name="part"/>'s content; the SDK never loaded the part, so it writes nothing over it.</summary>
    internal static void Save(XDocument xml, OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.Save(writer);
    }

    private static void CheckBounds(OpenXmlPart? part, CancellationToken cancellationToken)
    {
        if (part is null)
        {
            return;
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        if (WordXml.CheckBounds(stream, WordPackageReader.PartPath(part), cancellationToken) is { } reason)
        {
            throw new InvalidDataException($"The package cannot be annotated: {reason}.");
        }
    }

    private static XElement FirstParagraph(PartText map, XElement body)
    {
        if (map.Paragraph(1) is { } first)
        {
            return first;
        }

        var paragraph = new XElement(body.Name.Namespace + "p");
        body.AddFirst(paragraph);
        return paragraph;
    }

    private static Comment NewComment(string id, string text, DateTime date) =>
        new(new Paragraph(new Run(new AnnotationReferenceMark()), new Run(new WordText(Writable(text)) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Id = id,
            Author = Author,
            Initials = "PC",
            Date = date,
        };

    // A message that quotes the release cut between the two halves of a character beyond the basic plane would make
    // the comments part unwritable (XML has no place for half a character): such a half becomes U+FFFD.
    private static string Writable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    // Word keeps a comment's or change's date to the second, in UTC.
    private static DateTime Seconds(DateTime date) =>
        DateTime.SpecifyKind(new DateTime(date.Ticks - (date.Ticks % TimeSpan.TicksPerSecond), date.Kind), DateTimeKind.Utc);
}
