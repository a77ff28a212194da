using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

public sealed class ScanEngineTest : IDisposable
{
    private const string Leak = "The sale price was agreed in a Part II report considered in private.";
    private readonly TemporaryFolder _folder = new();
    private readonly ReleaseFolderGenerator _generator = new();

    public ScanEngineTest() => _generator.Write(_folder.Path, 12, corrupt: 1);

    [Fact]
    public void Run_NothingChanged_ReusesEveryFile()
    {
        Scans.Run(_folder.Path);

        var second = Scans.Run(_folder.Path);

        Assert.Equal(13, second.Files.Length);
        Assert.All(second.Files, f => Assert.False(f.Analysed, f.RelativePath));
    }

    [Fact]
    public void Run_OneFileChanged_ChecksOnlyThatFileAgain()
    {
        Scans.Run(_folder.Path);
        var changed = Relative(FirstMarkdown());
        ReleaseFolderGenerator.AppendParagraph(FirstMarkdown(), Leak);

        var second = Scans.Run(_folder.Path);

        Assert.Equal([changed], second.Files.Where(f => f.Analysed).Select(f => f.RelativePath));
    }

    [Fact]
    public void Run_FindingAddedByAnEdit_IsReportedNew()
    {
        Scans.Run(_folder.Path);
        ReleaseFolderGenerator.AppendParagraph(FirstMarkdown(), Leak);

        var second = Scans.Run(_folder.Path);

        var added = Assert.Single(second.Files.SelectMany(f => f.Findings), f => f.Status == FindingStatus.New);
        Assert.Equal("PC0401", added.Diagnostic.Id);
        Assert.Contains("Part II", added.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FindingFixed_IsReportedResolved()
    {
        var original = File.ReadAllText(FirstMarkdown());
        ReleaseFolderGenerator.AppendParagraph(FirstMarkdown(), Leak);
        Scans.Run(_folder.Path);
        File.WriteAllText(FirstMarkdown(), original);

        var fixedRun = Scans.Run(_folder.Path);

        var resolved = Assert.Single(fixedRun.Resolved);
        Assert.Equal(("PC0401", Relative(FirstMarkdown())), (resolved.RuleId, resolved.RelativePath));
        Assert.Equal(0, fixedRun.NewCount);
    }

    [Fact]
    public void Run_FileDeleted_ResolvesItsFindings()
    {
        var corrupt = _generator.CorruptFiles[0];
        Scans.Run(_folder.Path);
        File.Delete(corrupt);

        var second = Scans.Run(_folder.Path);

        Assert.Contains(second.Resolved, r => r.RuleId == "PC0001" && r.RelativePath == Relative(corrupt));
    }

    [Fact]
    public void Run_UnchangedFiles_ReportTheSameFindingsAsWhenChecked()
    {
        var cold = Scans.Run(_folder.Path);

        var warm = Scans.Run(_folder.Path);

        Assert.Equal(Lines(cold), Lines(warm));
        Assert.Equal(cold.Files.Select(f => f.Result.Format), warm.Files.Select(f => f.Result.Format));
    }

    [Fact]
    public void Run_ConfigurationChanged_ChecksEveryFileAgain()
    {
        Scans.Run(_folder.Path);
        _folder.Write("publicitycheck.json", """{ "root": true, "rules": { "PC0401": "error" } }""");

        var second = Scans.Run(_folder.Path);

        Assert.All(second.Files, f => Assert.True(f.Analysed, f.RelativePath));
    }

    [Fact]
    public void Run_RosterChanged_ChecksEveryFileAgain()
    {
        _folder.Write("members.csv", "name,title,kind,party,ward,role,portfolio,committee,from,to\nJane Smith,Councillor,member,Independent,Easterby North,Leader,,,2023-05-18,\n");
        _folder.Write("publicitycheck.json", """{ "root": true, "roster": "members.csv" }""");
        Scans.Run(_folder.Path);
        _folder.Write("members.csv", "name,title,kind,party,ward,role,portfolio,committee,from,to\nTom Reid,Councillor,member,Labour,Mardale,ScrutinyChair,,Overview and Scrutiny Committee,2024-05-22,\n");

        var second = Scans.Run(_folder.Path);

        Assert.All(second.Files, f => Assert.True(f.Analysed, f.RelativePath));
    }

    [Fact]
    public void Run_PolicyPackChanged_ChecksEveryFileAgain()
    {
        var pack = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "lexicons", "policies", "county.json"));
        _folder.Write("local-policy.json", pack);
        _folder.Write("publicitycheck.json", """{ "root": true, "policy": "local-policy.json" }""");
        Scans.Run(_folder.Path);
        _folder.Write("local-policy.json", "// reviewed by the monitoring officer\n" + pack);

        var second = Scans.Run(_folder.Path);

        Assert.All(second.Files, f => Assert.True(f.Analysed, f.RelativePath));
    }

    [Fact]
    public void Run_SizeAndModifiedTimeUnchanged_TakesTheFileAsUnchangedWithoutHashing()
    {
        SetAllModifiedTimes(Written);
        Scans.Run(_folder.Path);
        var before = StoredFile(FirstMarkdown());
        SameSizeEdit(FirstMarkdown());
        File.SetLastWriteTimeUtc(FirstMarkdown(), Written);

        var second = Scans.Run(_folder.Path);

        Assert.All(second.Files, f => Assert.False(f.Analysed, f.RelativePath));
        Assert.Equal(before.HashedTicks, StoredFile(FirstMarkdown()).HashedTicks);
    }

    [Fact]
    public void Run_Rehash_SeesAnEditThatKeptSizeAndModifiedTime()
    {
        SetAllModifiedTimes(Written);
        Scans.Run(_folder.Path);
        SameSizeEdit(FirstMarkdown());
        File.SetLastWriteTimeUtc(FirstMarkdown(), Written);

        var second = new ScanEngine(Scans.OptionsFor(_folder.Path) with { Rehash = true }).Run();

        Assert.Equal([Relative(FirstMarkdown())], second.Files.Where(f => f.Analysed).Select(f => f.RelativePath));
    }

    [Fact]
    public void Run_ModifiedTimeChangedContentSame_HashesAgainButDoesNotCheckAgain()
    {
        SetAllModifiedTimes(Written);
        Scans.Run(_folder.Path);
        var before = StoredFile(FirstMarkdown());
        File.SetLastWriteTimeUtc(FirstMarkdown(), Written.AddDays(1));

        var second = Scans.Run(_folder.Path);

        Assert.All(second.Files, f => Assert.False(f.Analysed, f.RelativePath));
        var after = StoredFile(FirstMarkdown());
        Assert.Equal(Written.AddDays(1).Ticks, after.ModifiedTicks);
        Assert.True(after.HashedTicks > before.HashedTicks, "the file was not hashed again");
    }

    [Fact]
    public void Run_ModifiedTimeNotWellBeforeTheHashing_IsHashedAgainNextTime()
    {
        // A modified time after the hashing (a share's clock ahead of ours) is as little proof as one in the same tick.
        File.SetLastWriteTimeUtc(FirstMarkdown(), DateTime.UtcNow.AddHours(1));
        Scans.Run(_folder.Path);
        var before = StoredFile(FirstMarkdown());

        Scans.Run(_folder.Path);

        Assert.True(StoredFile(FirstMarkdown()).HashedTicks > before.HashedTicks, "a file written moments before its hashing was trusted by its modified time");
    }

    [Fact]
    public void Run_ConfigurationExcludesAFolder_LeavesItsFilesOut()
    {
        _folder.Write("publicitycheck.json", """{ "root": true, "exclude": ["broken/**"] }""");

        var scan = Scans.Run(_folder.Path);

        Assert.DoesNotContain(scan.Files, f => f.RelativePath.StartsWith("broken/", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ExcludeOption_LeavesMatchingFilesOut()
    {
        var scan = new ScanEngine(Scans.OptionsFor(_folder.Path) with { Exclude = ["**/*.docx"] }).Run();

        Assert.All(scan.Files, f => Assert.EndsWith(".md", f.RelativePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_FolderLinkPointingUpTheTree_WalksEachFolderOnce()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "2026-01", "loop"), _folder.Path);

        var scan = Scans.Run(_folder.Path);

        Assert.Equal(13, scan.Files.Length);
    }

    [Fact]
    public void Run_AnotherScanHoldsTheState_SaysOneIsRunning()
    {
        var options = Scans.OptionsFor(_folder.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(options.StatePath)!);
        using var held = new FileStream(options.StatePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = Assert.Throws<ScanInProgressException>(() => new ScanEngine(options).Run());

        Assert.Contains("another scan is running", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static readonly DateTime Written = new(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc);

    private void SetAllModifiedTimes(DateTime when)
    {
        foreach (var file in Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, when);
        }
    }

    private static void SameSizeEdit(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var at = Array.LastIndexOf(bytes, (byte)'e');
        bytes[at] = (byte)'a';
        File.WriteAllBytes(path, bytes);
    }

    private Scanning.State.StoredFile StoredFile(string path)
    {
        using var store = Scanning.State.ScanStateStore.Open(Scans.OptionsFor(_folder.Path).StatePath);
        return store.LoadFiles()[Relative(path)];
    }

    private string FirstMarkdown() => _generator.GoodFiles.First(f => f.EndsWith(".md", StringComparison.Ordinal));

    private string Relative(string path) => Path.GetRelativePath(_folder.Path, path).Replace('\\', '/');

    private static List<string> Lines(ScanResult scan) =>
        [.. scan.Files.SelectMany(f => f.Result.Diagnostics).Select(d => $"{d} | {d.Text} | {d.Descriptor.HelpUri}")];
}
