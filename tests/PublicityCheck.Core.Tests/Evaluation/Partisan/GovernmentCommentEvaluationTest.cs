using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Classification;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;
using static System.FormattableString;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>
/// What PC0204 takes from PC0201: of the sentences the classifier reports, those the council could say as a measured
/// comment on government (by their words; whose they are is decided in the release). Measured on the real published
/// sentences as if each were the council's own words, the case where PC0204 takes most, and on this project's own
/// sentences about funding settlements in both registers (<c>GovernmentComment/sentences.tsv</c>, written here). Fails
/// when PC0204 would take more of the real partisan sentences than its ceiling, when it takes a neutral one from
/// nothing (it only ever re-labels a reported sentence), or when it takes more of the own partisan sentences than
/// allowed.
/// </summary>
public sealed class GovernmentCommentEvaluationTest(ITestOutputHelper output)
{
    // 0.03 of the partisan sentences the classifier finds: each would still be reported, as PC0204 (info) rather
    // than PC0201 (warning), were it the council's or its Leader's words.
    private const double RealPartisanMovedCeiling = 0.03;
    private const double OwnPartisanMovedCeiling = 0.05;

    private static readonly HashSet<string> NoQuotedNames = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void CommentOnGovernment_TakesFewPartisanSentencesFromPC0201()
    {
        var ensemble = PartisanClassifier.Ensemble;
        var rows = RealSentence.ReadShared();
        var scores = ensemble.Score([.. rows.Select(r => r.Sentence)], int.MaxValue);
        var found = rows.Zip(scores).Where(x => x.Second >= ensemble.Threshold).Select(x => x.First).ToList();
        var moved = found.Where(r => GovernmentComment.SubjectOf(r.Sentence, NoQuotedNames) is not null).ToList();

        var partisanFound = found.Count(r => r.IsPartisan);
        var partisanMoved = moved.Count(r => r.IsPartisan);
        var partisan = rows.Count(r => r.IsPartisan);
        output.WriteLine(Invariant($"Real sentences ({rows.Count}) at {ensemble.Threshold:0.00}, each read as the council's own words:"));
        output.WriteLine(Invariant($"  partisan: {partisanFound} found, {partisanMoved} of them would be PC0204 ({(double)partisanMoved / partisanFound:0.000}); PC0201 recall {(double)(partisanFound - partisanMoved) / partisan:0.000}, with PC0204 {(double)partisanFound / partisan:0.000}"));
        output.WriteLine(Invariant($"  neutral: {found.Count(r => !r.IsPartisan)} false alarms, {moved.Count(r => !r.IsPartisan)} of them would be PC0204 (info)"));
        foreach (var kind in moved.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Invariant($"  {kind.Key}: {kind.Count()}"));
            foreach (var row in kind)
            {
                output.WriteLine($"    {row.Sentence}");
            }
        }

        Assert.True((double)partisanMoved / partisanFound <= RealPartisanMovedCeiling, Invariant($"{partisanMoved} of {partisanFound} found partisan sentences would be PC0204, over the ceiling of {RealPartisanMovedCeiling:0.00}"));
    }

    [Fact]
    public void CommentOnGovernment_KeepsPartisanSettlementSentencesAsPC0201()
    {
        var rows = OwnSentences();
        var partisan = rows.Where(r => r.IsPartisan).ToList();
        var measured = rows.Where(r => !r.IsPartisan).ToList();
        var partisanMoved = partisan.Where(r => GovernmentComment.SubjectOf(r.Sentence, NoQuotedNames) is not null).ToList();
        var measuredMoved = measured.Count(r => GovernmentComment.SubjectOf(r.Sentence, NoQuotedNames) is not null);

        var ensemble = PartisanClassifier.Ensemble;
        var scores = ensemble.Score([.. measured.Select(r => r.Sentence)], int.MaxValue);
        var measuredFlagged = measured.Zip(scores).Where(x => x.Second >= ensemble.Threshold).Select(x => x.First).ToList();
        var measuredFlaggedPC0201 = measuredFlagged.Count(r => GovernmentComment.SubjectOf(r.Sentence, NoQuotedNames) is null);

        output.WriteLine(Invariant($"Own settlement sentences: {partisan.Count} partisan, {partisanMoved.Count} would be PC0204; {measured.Count} measured, {measuredMoved} read as comment on government by their words"));
        output.WriteLine(Invariant($"  measured sentences the classifier reports: {measuredFlagged.Count}; as PC0201 (not taken by PC0204): {measuredFlaggedPC0201}"));
        foreach (var row in partisanMoved)
        {
            output.WriteLine($"  partisan, would be PC0204: {row.Sentence}");
        }

        Assert.True((double)partisanMoved.Count / partisan.Count <= OwnPartisanMovedCeiling, $"{partisanMoved.Count} of {partisan.Count} partisan settlement sentences would be PC0204");
    }

    private static List<RealSentence> OwnSentences() =>
        RealSentence.ReadAll(Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Partisan", "GovernmentComment", "sentences.tsv"));
}
