using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Fixing;

namespace PublicityCheck.Annotation;

/// <summary>
/// Writes chosen fixes into a Word package as tracked changes. First each fix is held to the document: every edit
/// must be writable exactly where its location says (<see cref="TrackedChangeWriter.Check"/>), else the fix is left
/// for a person with why. Then the fixes left are accepted or skipped as for Markdown (<see cref="FixRegions"/>:
/// whole or not at all, in text order, an overlapping one skipped), their regions being spans of the release's text.
/// Last, the accepted edits are written from the end of the text back, so that no edit moves a run an edit still to
/// be written was checked against.
/// </summary>
internal static class WordFixes
{
    /// <summary>
    /// Writes <paramref name="choices"/> into <paramref name="body"/> (the main part, which the caller saves) and the
    /// package's headers, footers and notes (saved here), with revision ids from the first free one after
    /// <paramref name="firstFreeCommentId"/> and every id the parts use, dated <paramref name="date"/>.
    /// </summary>
    public static (ImmutableArray<FixChoice> Applied, ImmutableArray<SkippedFix> Skipped) Write(
        MainDocumentPart main, StoryPart body, IEnumerable<FixChoice> choices, int firstFreeCommentId, DateTime date, CancellationToken cancellationToken)
    {
        var chosen = choices.ToList();
        if (chosen.Count == 0)
        {
            return ([], []);
        }

        var (parts, unreadable) = StoryParts(main, body, cancellationToken);
        var firstId = Math.Max(firstFreeCommentId, parts.Values.Max(p => RevisionMarks.LargestId(p.Root, WordXml.NamespaceOf(p.Root)) + 1));
        var marks = new RevisionMarks(firstId, date);
        var writers = parts.ToDictionary(p => p.Key, p => new TrackedChangeWriter(p.Value.Root, p.Value.Text, marks), StringComparer.Ordinal);

        var refused = new List<SkippedFix>();
        var writable = new List<FixChoice>();
        foreach (var choice in chosen)
        {
            var reason = choice.Fix.Edits
                .Select(edit => writers.TryGetValue(edit.Location.Part, out var writer) ? writer.Check(edit)
                    : unreadable.Contains(edit.Location.Part) ? $"the part {edit.Location.Part} could not be read to edit"
                    : $"the document has no part {edit.Location.Part} to edit")
                .FirstOrDefault(r => r is not null);
            if (reason is null)
            {
                writable.Add(choice);
            }
            else
            {
                refused.Add(new SkippedFix(choice, reason));
            }
        }

        var (accepted, applied, skipped) = FixRegions.Resolve(
            writable,
            fix => [.. fix.Edits.Select(e => new FixRegion(e.Span.Start, e.Span.End, e.NewText, e))],
            "its words are not in the document");
        var edited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (region, _) in accepted.OrderByDescending(a => a.Region.Start).ThenBy(a => a.Region.End))
        {
            cancellationToken.ThrowIfCancellationRequested();
            writers[region.Edit.Location.Part].Write(region.Edit);
            edited.Add(region.Edit.Location.Part);
        }

        foreach (var name in edited.Where(n => n != DocumentParts.Body))
        {
            WordAnnotator.Save(parts[name].Xml, parts[name].Part);
        }

        var left = skipped.Concat(refused).OrderBy(s => s.Choice.Fix.Edits.IsEmpty ? -1 : s.Choice.Fix.Edits[0].Span.Start).ToImmutableArray();
        return (applied, left);
    }

    // Every part the reader reads, by the name its locations give: the body, headers and footers (by file name, as
    // the reader names them), footnotes and endnotes; and the names of those that could not be read.
    private static (Dictionary<string, StoryPart> Parts, HashSet<string> Unreadable) StoryParts(MainDocumentPart main, StoryPart body, CancellationToken cancellationToken)
    {
        var parts = new Dictionary<string, StoryPart>(StringComparer.Ordinal) { [DocumentParts.Body] = body };
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var others = main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts)
            .Select(p => (Name: Path.GetFileNameWithoutExtension(p.Uri.OriginalString), Part: p))
            .Append((DocumentParts.Footnotes, main.FootnotesPart!))
            .Append((DocumentParts.Endnotes, main.EndnotesPart!))
            .Where(p => p.Part is not null);
        foreach (var (name, part) in others)
        {
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                var xml = WordXml.Load(stream, WordPackageReader.PartPath(part), cancellationToken);
                if (xml.Root is { } root)
                {
                    parts[name] = new StoryPart(part, xml, PartText.Map(root, name, cancellationToken));
                }
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException)
            {
                // The reader skipped it too (PC0007): nothing in it was checked, so nothing in it is edited.
                unreadable.Add(name);
            }
        }

        return (parts, unreadable);
    }
}

/// <summary>A part of the package that holds text, loaded for editing: the part, its XML, and the walk's map of its paragraphs.</summary>
internal sealed record StoryPart(OpenXmlPart Part, XDocument Xml, PartText Text)
{
    /// <summary>The part's root element.</summary>
    public XElement Root => Xml.Root!;
}
