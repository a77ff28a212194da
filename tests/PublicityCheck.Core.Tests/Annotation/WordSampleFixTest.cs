using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PublicityCheck.Annotation;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Fixing;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Annotation;

/// <summary>
/// <c>annotate --fix</c> on every shipped Word sample, checked with the samples' own configuration: each safe fix is
/// written as tracked changes or left with a reason; the reviewed copy passes <see cref="OpenXmlValidator"/>; with
/// the changes accepted the fixed findings are gone, no finding is new and only the fixed spans read differently;
/// with them rejected the release reads as it did.
/// </summary>
public sealed class WordSampleFixTest(ITestOutputHelper output)
{
    private static readonly DateTime ReviewDate = new(2026, 3, 12, 16, 40, 0, DateTimeKind.Utc);

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(RepositoryPaths.Samples, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(RepositoryPaths.Samples, f))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void AnnotateFix_OnASample_WritesEverySafeFixAsTrackedChangesOrSaysWhyNot(string sample)
    {
        var (_, _, _, choices, review) = Review(sample);
        var reviewed = review.Content.ToArray();

        var (insertions, deletions, marks) = TrackedChanges.Count(reviewed, WordAnnotator.Author);
        output.WriteLine($"{sample}: {choices.Count} safe fixes, {review.Applied.Length} written ({insertions} insertions, {deletions} deletions, {marks} paragraph marks), {review.Skipped.Length} left");
        Assert.Equal(choices.Count, review.Applied.Length + review.Skipped.Length);
        var edits = review.Applied.SelectMany(a => a.Fix.Edits).DistinctBy(e => (e.Span, e.NewText)).ToList();
        Assert.Equal(edits.Count(e => e.NewText.Length > 0), insertions);
        Assert.True(deletions >= edits.Count(e => e.OldText.Length > 0), $"{deletions} deletions for {edits.Count} edits");
        Assert.All(review.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AnnotateFix_OnASample_WritesACopyTheOpenXmlValidatorAccepts(string sample)
    {
        var review = Review(sample).Review;

        using var stream = new MemoryStream(review.Content.ToArray(), writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AnnotateFix_OnASample_AcceptedRemovesTheFixedFindingsAndChangesNothingElse(string sample)
    {
        var (checker, path, findings, _, review) = Review(sample);
        var accepted = TrackedChanges.Accept(review.Content.ToArray(), WordAnnotator.Author);

        var after = Check(checker, path, accepted);

        foreach (var fixedFinding in review.Applied.Select(a => a.Finding))
        {
            Assert.DoesNotContain(after, d => d.Id == fixedFinding.Id && d.Text == fixedFinding.Text);
        }

        // The reviewed copy holds a comment per finding, so PC0004 (reviewer comments) counts them too.
        var before = findings.Where(d => d.Id != EngineDescriptors.ReviewerComments.Id).Select(Key).ToList();
        foreach (var finding in after.Where(d => d.Id != EngineDescriptors.ReviewerComments.Id))
        {
            Assert.True(before.Remove(Key(finding)), $"a new finding appeared: {finding}");
        }

        Assert.Equal(ReviewedRelease.FixedParagraphs(Read(File.ReadAllBytes(path)).Text, review.Applied), ReviewedRelease.Paragraphs(Read(accepted).Text));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AnnotateFix_OnASample_RejectedReadsAsTheRelease(string sample)
    {
        var (_, path, _, _, review) = Review(sample);

        var rejected = TrackedChanges.Reject(review.Content.ToArray(), WordAnnotator.Author);

        Assert.Equal(Read(File.ReadAllBytes(path)).Text, Read(rejected).Text);
    }

    private static (PublicityChecker Checker, string Path, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<FixChoice> Choices, WordReview Review) Review(string sample)
    {
        var path = Path.Combine(RepositoryPaths.Samples, sample);
        var checker = new PublicityChecker();
        var findings = checker.CheckFile(path).Active.ToList();
        var choices = FixChooser.Choose(findings, FixSelection.Safe);
        var review = WordAnnotator.Review(File.ReadAllBytes(path), findings, choices, RuleLinks.Installed, ReviewDate);
        return (checker, path, findings, choices, review);
    }

    private static List<Diagnostic> Check(PublicityChecker checker, string path, byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        return [.. checker.Check(new WordReader().Read(path, stream, checker.ReaderOptions), path).Active];
    }

    private static ReleaseDocument Read(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        return new WordReader().Read("release.docx", stream, ReaderOptions.Default).Document!;
    }

    private static string Key(Diagnostic d) => $"{d.Id}|{d.Text}|{d.Message}";
}
