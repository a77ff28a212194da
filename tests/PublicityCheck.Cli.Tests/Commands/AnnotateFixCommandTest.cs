using System.Diagnostics;
using System.Security.Cryptography;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using NodaTime.Testing;
using PublicityCheck.Cli;
using PublicityCheck.Cli.Commands;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Commands;

public class AnnotateFixCommandTest
{
    private const string Author = "PublicityCheck";

    private const string Configuration = """
        {
          "root": true,
          "phrases": [
            { "id": "LOCAL001", "match": ["e-mail"], "message": "the council's house style writes 'email'", "severity": "warning", "suggest": "email" }
          ]
        }
        """;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string Write(TemporaryFolder folder)
    {
        File.WriteAllText(Path.Combine(folder.Path, "publicitycheck.json"), Configuration);
        return new WordDocumentBuilder()
            .Paragraph("OFFICIAL-SENSITIVE")
            .Paragraph("Kettleby Moor pool reopens")
            .Paragraph("Kettleby Moor swimming pool reopens on Saturday 21 March after a £1.8 million refurbishment.")
            .Body(P(Run("Bookings can be made by "), "<w:r><w:rPr><w:b/></w:rPr><w:t>e-mail</w:t></w:r>", Run(" from Monday 16 March.")))
            .Body(P(Run("Questions can be sent by "), "<w:hyperlink w:anchor=\"_Top\" w:history=\"1\">", Run("e-mail"), "</w:hyperlink>", Run(" to the leisure team.")))
            .Paragraph("The refurbishment was paid for by this Conservative council, which kept its promise to residents.")
            .Save(Path.Combine(folder.Path, "pool.docx"));
    }

    [Fact]
    public void AnnotateFix_SaysWhatItWroteAsTrackedChangesAndWhatItLeftForAPerson()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "annotate", "pool.docx", "--fix");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "pool.docx(1,1): fixed PC0402: Remove the line 'OFFICIAL-SENSITIVE'",
                "pool.docx(4,25): fixed LOCAL001: Replace 'e-mail' with 'email'",
                "pool.docx(5,26): not fixed LOCAL001: Replace 'e-mail' with 'email': its words are in a hyperlink",
                "pool.reviewed.docx: 5 comments added (1 error), 2 fixes written as tracked changes, 1 fix left for a person",
            ],
            run.OutLines);
    }

    [Fact]
    public void AnnotateFix_WritesTheSafeFixesAsChangesByPublicityCheck()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        CliRun.In(folder.Path, "annotate", "pool.docx", "--fix");

        var reviewed = File.ReadAllBytes(Path.Combine(folder.Path, "pool.reviewed.docx"));
        Assert.Equal((1, 2, 1), TrackedChanges.Count(reviewed, Author));
        var accepted = Text(TrackedChanges.Accept(reviewed, Author));
        Assert.StartsWith("Kettleby Moor pool reopens\n", accepted, StringComparison.Ordinal);
        Assert.Contains("Bookings can be made by email from Monday 16 March.", accepted, StringComparison.Ordinal);
        Assert.Contains("Questions can be sent by e-mail to the leisure team.", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void AnnotateFix_WithRule_WritesThatRulesFirstFixThoughItNeedsAPerson()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "annotate", "pool.docx", "--fix", "--rule", "PC0202");

        Assert.Equal("pool.docx(6,40): fixed PC0202: Replace 'Conservative council' with 'council'", run.OutLines[0]);
        var accepted = Text(TrackedChanges.Accept(File.ReadAllBytes(Path.Combine(folder.Path, "pool.reviewed.docx")), Author));
        Assert.Contains("The refurbishment was paid for by this council, which kept its promise to residents.", accepted, StringComparison.Ordinal);
        Assert.StartsWith("OFFICIAL-SENSITIVE\n", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void AnnotateFix_DatesTheChangesByTheClock()
    {
        using var folder = new TemporaryFolder();
        Write(folder);
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 13, 16, 45, 30) + Duration.FromMilliseconds(250));
        using var output = new StringWriter();
        var console = new CliConsole(output, TextWriter.Null, false, folder.Path);

        new AnnotateCommand(console, clock).Run(new AnnotateOptions { File = "pool.docx", Fix = true });

        var changes = Changes(File.ReadAllBytes(Path.Combine(folder.Path, "pool.reviewed.docx"))).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal("2026-03-13T16:45:30Z", (string?)c.Attribute(W + "date")));
    }

    [Fact]
    public void Annotate_WithoutFix_WritesNoTrackedChange()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "annotate", "pool.docx");

        Assert.Equal(["pool.reviewed.docx: 5 comments added (1 error)"], run.OutLines);
        Assert.Equal((0, 0, 0), TrackedChanges.Count(File.ReadAllBytes(Path.Combine(folder.Path, "pool.reviewed.docx")), Author));
    }

    [Theory]
    [InlineData("--all", "--all chooses which fixes --fix writes, so it needs --fix")]
    [InlineData("--rule=PC0202", "--rule chooses which fixes --fix writes, so it needs --fix")]
    public void Annotate_ChoosingFixesWithoutFix_IsRefused(string option, string message)
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "annotate", "pool.docx", option);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("publicitycheck: " + message, run.ErrorLines[0]);
        Assert.False(File.Exists(Path.Combine(folder.Path, "pool.reviewed.docx")));
    }

    [Fact]
    public void AnnotateFix_WithAnUnknownRule_IsRefused()
    {
        using var folder = new TemporaryFolder();
        Write(folder);

        var run = CliRun.In(folder.Path, "annotate", "pool.docx", "--fix", "--rule", "PC0299");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("publicitycheck: there is no rule PC0299.", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnnotateFix_NeverChangesTheRelease()
    {
        using var folder = new TemporaryFolder();
        var release = Write(folder);
        var before = SHA256.HashData(File.ReadAllBytes(release));

        CliRun.In(folder.Path, "annotate", "pool.docx", "--fix", "--all");

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(release)));
    }

    [LibreOfficeFact]
    public void AnnotateFix_ReviewedCopy_KeepsItsTrackedChangesThroughALibreOfficeRoundTrip()
    {
        using var folder = new TemporaryFolder();
        var release = Write(folder);
        CliRun.In(folder.Path, "annotate", "pool.docx", "--fix");
        var reviewed = File.ReadAllBytes(Path.Combine(folder.Path, "pool.reviewed.docx"));

        Convert(folder.Path, [Path.Combine(folder.Path, "pool.reviewed.docx")], Path.Combine(folder.Path, "libreoffice"));
        var converted = File.ReadAllBytes(Path.Combine(folder.Path, "libreoffice", "pool.reviewed.docx"));

        var (insertions, deletions, _) = TrackedChanges.Count(converted, Author);
        Assert.True(insertions >= 1 && deletions >= 2, $"LibreOffice kept {insertions} insertions and {deletions} deletions by {Author}");
        Assert.Equal(Text(TrackedChanges.Accept(reviewed, Author)), Text(TrackedChanges.Accept(converted, Author)));
        Assert.Equal(Text(File.ReadAllBytes(release)), Text(TrackedChanges.Reject(converted, Author)));
    }

    [LibreOfficeFact]
    public void AnnotateFix_OnEveryWordSample_KeepsTheTrackedChangesThroughALibreOfficeRoundTrip()
    {
        using var folder = new TemporaryFolder();
        var samples = Directory.GetFiles(RepositoryPaths.Samples, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var reviewed = new List<string>();
        foreach (var sample in samples)
        {
            var output = Path.Combine(folder.Path, Path.GetFileName(sample));
            CliRun.In(RepositoryPaths.Samples, "annotate", sample, "--fix", "-o", output);
            reviewed.Add(output);
        }

        Convert(folder.Path, reviewed, Path.Combine(folder.Path, "libreoffice"));

        Assert.All(samples.Zip(reviewed), pair =>
        {
            var (sample, copy) = pair;
            var ours = File.ReadAllBytes(copy);
            var converted = File.ReadAllBytes(Path.Combine(folder.Path, "libreoffice", Path.GetFileName(copy)));
            var (insertions, deletions, _) = TrackedChanges.Count(ours, Author);
            var (keptInsertions, keptDeletions, _) = TrackedChanges.Count(converted, Author);
            Assert.True(keptInsertions >= insertions && keptDeletions >= deletions, $"{Path.GetFileName(sample)}: LibreOffice kept {keptInsertions} of {insertions} insertions and {keptDeletions} of {deletions} deletions");
            Assert.Equal(Text(TrackedChanges.Accept(ours, Author)), Text(TrackedChanges.Accept(converted, Author)));
            Assert.Equal(Text(File.ReadAllBytes(sample)), Text(TrackedChanges.Reject(converted, Author)));
        });
    }

    // Converts the files to .docx with LibreOffice, into `outdir`, as a reader who opens and saves them there would.
    private static void Convert(string folder, IEnumerable<string> files, string outdir)
    {
        var start = new ProcessStartInfo(ExternalTools.LibreOffice.Executable)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--headless", $"-env:UserInstallation=file://{folder}/lo-profile", "--convert-to", "docx", "--outdir", outdir }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), "LibreOffice did not finish within four minutes");
        Assert.Equal(0, process.ExitCode);
    }

    private static string Text(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        return new WordReader().Read("pool.docx", stream, PublicityCheck.Documents.ReaderOptions.Default).Document!.Text;
    }

    private static IEnumerable<XElement> Changes(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        using var part = document.MainDocumentPart!.GetStream(FileMode.Open, FileAccess.Read);
        return [.. XDocument.Load(part).Descendants().Where(e => (e.Name == W + "ins" || e.Name == W + "del") && (string?)e.Attribute(W + "author") == Author)];
    }
}
