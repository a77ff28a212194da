using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>
/// Writes a folder of realistic releases of a fictional borough council: Markdown and real Word files of 300-600
/// words with dated headlines, ward names, quotations from officers and residents, and now and then a phrase that
/// gives away confidential business; plus a few corrupt files. Deterministic for a given seed. The benchmark
/// script runs it through the test assembly's own entry point: <c>dotnet PublicityCheck.Scanning.Tests.dll generate FOLDER N</c>.
/// </summary>
public sealed class ReleaseFolderGenerator(int seed = 2026)
{
    private static readonly string[] Wards = ["Easterby", "Hollin Bridge", "Tanyard", "Moor End", "Castle Hill", "Riverside", "Millbrook", "St Anne's"];
    private static readonly string[] Topics = ["library opening hours", "bin collections", "park improvements", "road resurfacing", "leisure centre", "community grants", "flood defences", "school crossing patrols", "market square", "allotments"];
    private static readonly string[] Officers = ["Sarah Okafor, Head of Neighbourhood Services", "David Lindqvist, Director of Place", "Helen Marsh, Parks Manager", "Tom Adeyemi, Highways Engineer"];
    private static readonly string[] Residents = ["Margaret Ellis, who has lived in {0} for forty years", "Imran Qureshi, chair of the {0} residents' association", "Julie Barnes, a volunteer at the {0} food bank"];
    private static readonly string[] Confidential = ["The figures come from a Part II report considered in private.", "The valuation was commercially sensitive and discussed as exempt information.", "Details were shared with members in confidence before the meeting."];
    private static readonly string[] Filler =
    [
        "The work is part of the council's wider plan to improve services across the borough over the next three years.",
        "Residents can find out more on the council's website or by calling the contact centre during office hours.",
        "The scheme was agreed following a public consultation that drew more than 600 responses from across the borough.",
        "Work is expected to take around six weeks, weather permitting, and diversions will be clearly signed.",
        "The council thanks residents for their patience while the improvements are carried out.",
        "Funding comes from the council's capital programme and a grant from the regional development fund.",
        "Officers will review the arrangements after six months and report back to the relevant committee.",
        "Anyone with questions about the changes is encouraged to attend one of the drop-in sessions at the town hall.",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The corrupt files written: each should give PC0001.</summary>
    public List<string> CorruptFiles { get; } = [];

    /// <summary>The good releases written.</summary>
    public List<string> GoodFiles { get; } = [];

    /// <summary>Writes <paramref name="count"/> releases (about a third Word) and <paramref name="corrupt"/> corrupt files under <paramref name="folder"/>.</summary>
    public void Write(string folder, int count, int corrupt = 3)
    {
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2026, 1, 5).AddDays(i % 60);
            var topic = Topics[_random.Next(Topics.Length)];
            var ward = Wards[_random.Next(Wards.Length)];
            var sub = Path.Combine(folder, date.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            var name = $"{date:yyyy-MM-dd}-{Slug(ward)}-{Slug(topic)}-{i:D4}";
            var paragraphs = Paragraphs(topic, ward, date);
            var path = i % 3 == 2 ? Path.Combine(sub, name + ".docx") : Path.Combine(sub, name + ".md");
            if (path.EndsWith(".docx", StringComparison.Ordinal))
            {
                WriteWord(path, Headline(topic, ward), paragraphs);
            }
            else
            {
                File.WriteAllText(path, Markdown(Headline(topic, ward), date, paragraphs));
            }

            GoodFiles.Add(path);
        }

        var broken = Path.Combine(folder, "broken");
        Directory.CreateDirectory(broken);
        for (var i = 0; i < corrupt; i++)
        {
            var path = Path.Combine(broken, $"2026-02-{10 + i:D2}-unfinished-draft-{i}.docx");
            File.WriteAllBytes(path, i % 2 == 0 ? Encoding.ASCII.GetBytes("This is not a Word file at all.") : TruncatedZip());
            CorruptFiles.Add(path);
        }
    }

    /// <summary>Rewrites a Markdown release with one more paragraph at the end.</summary>
    public static void AppendParagraph(string path, string paragraph) => File.AppendAllText(path, "\n" + paragraph + "\n");

    private static string Headline(string topic, string ward) =>
        $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(topic)} improvements for {ward}";

    private List<string> Paragraphs(string topic, string ward, DateOnly date)
    {
        var paragraphs = new List<string>
        {
            $"Residents in {ward} ward will benefit from changes to {topic}, the council confirmed on {date:d MMMM yyyy}.",
        };
        var words = 0;
        var target = _random.Next(300, 600);
        while (words < target)
        {
            var roll = _random.Next(10);
            var paragraph = roll switch
            {
                0 => Quote(Officers[_random.Next(Officers.Length)], topic),
                1 => Quote(string.Format(CultureInfo.InvariantCulture, Residents[_random.Next(Residents.Length)], ward), topic),
                _ => string.Join(' ', Enumerable.Range(0, 3).Select(_ => Filler[_random.Next(Filler.Length)])),
            };
            paragraphs.Add(paragraph);
            words += paragraph.Split(' ').Length;
        }

        if (_random.Next(5) == 0)
        {
            paragraphs.Insert(paragraphs.Count / 2, Confidential[_random.Next(Confidential.Length)]);
        }

        paragraphs.Add("Ends. For media enquiries contact the press office on 01632 960000.");
        return paragraphs;
    }

    private static string Quote(string speaker, string topic) =>
        $"\u201CWe have listened carefully to what people told us about {topic},\u201D said {speaker}. \u201CThese changes will make a real difference to everyday life.\u201D";

    private static string Markdown(string headline, DateOnly date, List<string> paragraphs) =>
        $"---\ntitle: {headline}\ndate: {date:yyyy-MM-dd}\n---\n\n# {headline}\n\n{string.Join("\n\n", paragraphs)}\n";

    private static void WriteWord(string path, string headline, List<string> paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(new Paragraph(new Run(new W.Text(headline))));
        foreach (var text in paragraphs)
        {
            body.Append(new Paragraph(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        }

        main.Document = new Document(body);
        main.Document.Save();
    }

    private static byte[] TruncatedZip()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new W.Text("Draft release about the Riverside flood defences.")))));
        }

        var bytes = memory.ToArray();
        return bytes[..(bytes.Length / 2)];
    }

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Replace(' ', '-').Where(c => char.IsLetterOrDigit(c) || c == '-').ToArray());
}
