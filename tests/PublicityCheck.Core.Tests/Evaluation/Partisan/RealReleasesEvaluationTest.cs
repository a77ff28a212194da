using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>
/// The party-political rules on real published council releases (<c>../shared/corpus/releases/</c>, read in place,
/// none partisan in intent): counts the releases with a PC0201, a PC0202 at warning or above, or a PC0203 finding,
/// prints each (and any comment on government, PC0204, which is info and not counted), and fails when more releases are flagged than the committed rules allow (a ratchet, lowered as the
/// rules improve; the product aims at no more than two).
/// </summary>
public sealed class RealReleasesEvaluationTest(ITestOutputHelper output)
{
    private const int FlaggedCeiling = 2;
    private const int FlaggedBar = 2;

    private static readonly LocalDate PublishOn = new(2026, 6, 1);

    private static string Folder => Path.Combine(RepositoryPaths.Shared, "corpus", "releases");

    [Fact]
    public void PartisanRules_FlagNoMoreRealReleasesThanTheirCeiling()
    {
        Assert.True(Directory.Exists(Folder), $"The real releases are missing: expected {Folder} (the shared folder beside the repository).");
        // The releases are the numbered files; the folder's README and tables are not releases.
        var files = Directory.GetFiles(Folder, "*.md").Where(f => char.IsAsciiDigit(Path.GetFileName(f)[0])).Order(StringComparer.Ordinal).ToList();
        var checker = new PublicityChecker();
        var flagged = 0;
        var comments = 0;
        foreach (var file in files)
        {
            var active = checker.CheckFile(file, Path.GetFileName(file), PublishOn).Active;
            var findings = active.Where(IsPartisanFinding).ToList();
            foreach (var comment in active.Where(d => d.Id == "PC0204"))
            {
                // A comment on government is a prompt to read for balance (info), not a party-political finding.
                comments++;
                output.WriteLine($"{Path.GetFileName(file)}: {comment.Id} {comment.Severity} {comment.Message}");
            }

            if (findings.Count == 0)
            {
                continue;
            }

            flagged++;
            output.WriteLine($"{Path.GetFileName(file)}:");
            foreach (var finding in findings)
            {
                output.WriteLine($"  {finding.Id} {finding.Severity} {finding.Message}");
            }
        }

        output.WriteLine($"Real releases: {flagged} of {files.Count} with a PC0201, PC0202 (warning or above) or PC0203 finding (ceiling {FlaggedCeiling}, bar {FlaggedBar}); {comments} PC0204 comments on government");
        Assert.True(files.Count >= 40, $"expected the 47 real releases in {Folder}, found {files.Count}");
        Assert.True(flagged <= FlaggedCeiling, $"{flagged} releases flagged, over the ceiling of {FlaggedCeiling}");
    }

    private static bool IsPartisanFinding(Diagnostic diagnostic) =>
        diagnostic.Id is "PC0201" or "PC0203" || (diagnostic.Id == "PC0202" && diagnostic.Severity >= DiagnosticSeverity.Warning);
}
