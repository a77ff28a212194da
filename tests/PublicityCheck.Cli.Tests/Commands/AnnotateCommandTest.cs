using System.Diagnostics;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Commands;

public class AnnotateCommandTest
{
    private static string WriteRelease(TemporaryFolder folder) =>
        new WordDocumentBuilder()
            .Header("OFFICIAL-SENSITIVE")
            .Paragraph("Cabinet agrees sale of Tanyard Lane depot to fund new recycling facility")
            .Body(P(Run("The Part "), Run("II report considered by Cabinet on 4 March set out the offers received after the site was marketed last autumn.")))
            .Paragraph("Councillor Daniel Okafor, Cabinet Lead Member for Finance and Assets, said: \"Selling a site we no longer need means we can invest in better recycling facilities.\"")
            .Save(Path.Combine(folder.Path, "depot-sale.docx"));

    [Fact]
    public void Annotate_WritesTheReviewedCopyBesideTheRelease()
    {
        using var folder = new TemporaryFolder();
        WriteRelease(folder);

        var run = CliRun.In(folder.Path, "annotate", "depot-sale.docx");

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "depot-sale.reviewed.docx")));
        Assert.StartsWith("depot-sale.reviewed.docx: ", run.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Annotate_NeverChangesTheRelease()
    {
        using var folder = new TemporaryFolder();
        var release = WriteRelease(folder);
        var before = SHA256.HashData(File.ReadAllBytes(release));
        var written = File.GetLastWriteTimeUtc(release);

        CliRun.In(folder.Path, "annotate", "depot-sale.docx", "-o", "out/reviewed.docx".Replace('/', Path.DirectorySeparatorChar));
        CliRun.In(folder.Path, "annotate", "depot-sale.docx");

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(release)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(release));
    }

    [Fact]
    public void Annotate_WritesACopyTheOpenXmlValidatorAccepts()
    {
        using var folder = new TemporaryFolder();
        WriteRelease(folder);

        CliRun.In(folder.Path, "annotate", "depot-sale.docx", "--output", "reviewed.docx");

        using var document = WordprocessingDocument.Open(Path.Combine(folder.Path, "reviewed.docx"), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        Assert.True(document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.ChildElements.Count >= 2);
    }

    [Fact]
    public void Annotate_RefusesAMarkdownRelease()
    {
        using var folder = new TemporaryFolder();
        folder.Write("depot.md", "# Depot sale\n\nThe Part II report set out the offers.\n");

        var run = CliRun.In(folder.Path, "annotate", "depot.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs a Word file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_ExitsOneWithoutACopyForAnUnreadableFile()
    {
        using var folder = new TemporaryFolder();
        folder.Write("depot.docx", "this is not a zip");

        var run = CliRun.In(folder.Path, "annotate", "depot.docx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PC0001", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "depot.reviewed.docx")));
    }

    [LibreOfficeFact]
    public void Annotate_WritesACopyLibreOfficeConvertsToPdf()
    {
        using var folder = new TemporaryFolder();
        WriteRelease(folder);
        CliRun.In(folder.Path, "annotate", "depot-sale.docx");

        var start = new ProcessStartInfo(ExternalTools.LibreOffice.Executable)
        {
            ArgumentList = { "--headless", $"-env:UserInstallation=file://{folder.Path}/lo-profile", "--convert-to", "pdf", "--outdir", folder.Path, "depot-sale.reviewed.docx" },
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish within two minutes");

        Assert.Equal(0, process.ExitCode);
        Assert.True(new FileInfo(Path.Combine(folder.Path, "depot-sale.reviewed.pdf")).Length > 1000);
    }
}
