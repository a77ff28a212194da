using System.Diagnostics;
using System.Text;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>Releases built to make quotation finding and attribution read the text again for each quotation.</summary>
public sealed class HostileQuotationTest
{
    public static TheoryData<string, string> Releases => new()
    {
        { "pronouns", string.Concat(Enumerable.Repeat("“We will do it,” he said. Councillor Ann Lee, the Leader, agreed. ", 6000)) },
        { "introduced", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall.”\n\nCllr Ann Lee opened the hall.", 6000)) },
        { "untitled", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall.”\n\nAnn Lee opened the hall.", 6000)) },
        { "mojibake", string.Concat(Enumerable.Repeat("â€œWe are readyâ€\u009D said Laura. ", 20000)) },
        { "straight-in-curly", "“" + string.Concat(Enumerable.Repeat("word\" ", 60000)) },
        { "sign-offs", string.Join("\n\n", Enumerable.Repeat("“We are ready to open the new hall.”\n\nCllr Ann Lee - Leader\nCllr Bob Dee - Leader", 6000)) },
        { "titles", string.Join("\n\n", Enumerable.Range(0, 6000).Select(i => $"“We are ready to go,” said the Lord Mayor{i}.")) },
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void Extract_ManyQuotations_FinishWithinBound(string name, string body)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write(name + ".md", Encoding.UTF8.GetBytes("# Release\n\n" + body + "\n"));
        var document = DocumentReaders.Default.ReadFile(path).Document!;

        var stopwatch = Stopwatch.StartNew();
        _ = document.Quotations;
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < HostileCheck.Bound, $"finding the quotations took {stopwatch.Elapsed}, more than {HostileCheck.Bound}");
    }
}
