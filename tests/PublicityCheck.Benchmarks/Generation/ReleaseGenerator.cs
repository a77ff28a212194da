using System.Globalization;
using System.Text;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>
/// Makes and writes realistic press releases of the fictional Wreake Valley Borough Council, for the benchmarks and
/// the side-by-side comparison: 500-700 words each, with a headline, a dated opening naming a ward, quotations from
/// Cabinet Members, officers and residents attributed in the forms releases use, dates and times, paragraphs about
/// the council's services, notes to editors and contact details. About one release in ten has a party-political
/// sentence; about one in twelve gives away business taken in private (and now and then a draft keeps its internal
/// marking); about one in twelve has a quotation against the borough protocol (a ward councillor, a Cabinet Member
/// outside their portfolio, a role not yet held, or no speaker at all). Releases dated in the pre-election period
/// for the 7 May 2026 borough elections quote officers and residents, except the odd one that still quotes a
/// councillor. Deterministic for a seed: the same seed and count give the same files, byte for byte.
/// </summary>
/// <param name="seed">The seed; <see cref="DefaultSeed"/> unless a run needs different releases.</param>
public sealed class ReleaseGenerator(int seed = ReleaseGenerator.DefaultSeed)
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 2026;

    private const string ContactName = "Communications Team, " + Council.Name;
    private static readonly DateOnly _firstDay = new(2026, 1, 5);
    private static readonly string[] _mornings = ["9am", "9.30am", "10am", "10.30am", "11am"];
    private static readonly string[] _afternoons = ["2pm", "2.30pm", "3pm", "3.30pm", "4pm"];
    private static readonly string[] _evenings = ["6pm", "6.30pm", "7pm", "7.30pm"];
    private static readonly string[] _weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private readonly Random _random = new(seed);
    private int _next;

    /// <summary>Makes the next release, without writing it.</summary>
    public GeneratedRelease Next()
    {
        var index = _next++;
        var topic = Pick(ReleaseTopics.All);
        var date = PickDate();
        var ward = Pick(Council.Wards);
        var ward2 = Pick(Council.Wards.Where(w => w != ward).ToArray());
        var day1 = date.AddDays(_random.Next(4, 19));
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ward"] = ward,
            ["ward2"] = ward2,
            ["place"] = Pick(topic.Places),
            ["council"] = Council.Name,
            ["date"] = date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
            ["day1"] = day1.ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            ["day2"] = day1.AddDays(_random.Next(3, 15)).ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            ["deadline"] = date.AddDays(_random.Next(21, 43)).ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            ["weekday"] = Pick(_weekdays),
            ["time1"] = Pick(_mornings),
            ["time2"] = Pick(_afternoons),
            ["evening"] = Pick(_evenings),
        };
        var writer = new Writer(this, tokens, curly: _random.Next(4) != 0);

        var inPeriod = date >= Council.PeriodStart && date <= Council.Poll;
        var partisan = _random.Next(10) == 0;
        var confidential = _random.Next(12) == 0;
        var marking = !confidential && _random.Next(40) == 0;
        var slip = _random.Next(12) == 0;
        var slipKind = _random.Next(4);
        var target = _random.Next(500, 681);

        var lead = Council.Person(topic.Lead);
        var officer = Council.Person(topic.Officer);
        var externalIndex = _random.Next(topic.Externals.Count);
        var external = Council.Person(topic.Externals[externalIndex]);
        var memberQuotes = new Queue<string[]>(Shuffle(topic.MemberQuotes));
        var officerQuotes = new Queue<string[]>(Shuffle(topic.OfficerQuotes));
        var facts = new Queue<string>(Shuffle(topic.Facts));

        writer.Add(ReleasePartKind.Headline, UpperFirst(writer.Fill(Pick(topic.Headlines))));
        if (marking)
        {
            writer.Add(ReleasePartKind.Paragraph, Pick(ReleaseText.Markings));
        }

        writer.Add(ReleasePartKind.Paragraph, "Date: " + tokens["date"]);
        writer.Paragraph(Pick(topic.Openings));
        writer.Paragraph(Take(facts, 2));

        // The first quotation: the lead member, or in the pre-election period an officer (a slip quotes the member).
        Speaker first;
        string[] firstQuote;
        string? firstIntro = null;
        if (inPeriod && !slip)
        {
            first = officer;
            firstQuote = officerQuotes.Dequeue();
        }
        else if (slip && !inPeriod)
        {
            (first, firstQuote, firstIntro) = Misquoted(slipKind, lead, ward, memberQuotes);
        }
        else
        {
            first = lead;
            firstQuote = memberQuotes.Dequeue();
        }

        var partisanInQuote = partisan && first.Kind == SpeakerKind.Member && _random.Next(2) == 0;
        if (partisanInQuote)
        {
            firstQuote = [.. firstQuote, Pick(ReleaseText.PartisanQuoted)];
        }

        writer.Quote(firstIntro ?? writer.Intro(first), firstQuote);
        var again = first == officer ? officerQuotes : first == lead ? memberQuotes : null;
        if (again is { Count: > 0 } && _random.Next(3) == 0)
        {
            writer.Added(first, again.Dequeue());
        }

        writer.Paragraph(Pick(topic.Details));
        var middle = Take(facts, _random.Next(1, 3));
        if (partisan && !partisanInQuote)
        {
            middle += " " + Pick(ReleaseText.Partisan);
        }

        if (confidential)
        {
            middle += " " + Pick(ReleaseText.Confidential);
        }

        writer.Paragraph(middle);
        if (slip && !inPeriod && slipKind == 3)
        {
            writer.Add(ReleasePartKind.Paragraph, writer.Marks(Pick(ReleaseText.Unattributed)));
        }

        if (first != officer && officerQuotes.Count > 0)
        {
            writer.Quote(writer.Intro(officer), officerQuotes.Dequeue());
        }

        if (topic.LeaderMayComment && !inPeriod && lead.Role != MemberRole.Leader && _random.Next(3) == 0)
        {
            writer.Quote(writer.Intro(Council.Person("Helen Marsh")), Pick(ReleaseText.LeaderQuotes));
        }

        if (inPeriod || _random.Next(2) == 0)
        {
            writer.Quote(writer.Intro(external), topic.ExternalQuotes[externalIndex]);
        }

        var tail = Tail(topic, writer);
        writer.Fill(facts, target - tail.Sum(p => GeneratedRelease.CountWords(p.Text)));
        writer.AddRange(tail);
        return new GeneratedRelease(index, date, writer.Parts[0].Text, topic.Slug, ward, writer.Parts)
        {
            Partisan = partisan,
            Confidential = confidential || marking,
            QuotationSlip = slip,
        };
    }

    /// <summary>
    /// Writes the next <paramref name="count"/> releases under <paramref name="folder"/>, one folder a month, and the
    /// <c>publicitycheck.json</c> that describes the council at its root.
    /// </summary>
    public GenerationSummary Write(string folder, int count, ReleaseFileFormat format)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return WriteReleases(folder, Enumerable.Range(0, count).Select(_ => Next()), format);
    }

    /// <summary>
    /// Writes <paramref name="releases"/> under <paramref name="folder"/>, one folder a month, and the
    /// <c>publicitycheck.json</c> that describes the council at its root.
    /// </summary>
    public static GenerationSummary WriteReleases(string folder, IEnumerable<GeneratedRelease> releases, ReleaseFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(releases);
        Directory.CreateDirectory(folder);
        var configuration = Path.Combine(folder, "publicitycheck.json");
        Council.WriteConfiguration(configuration);
        var summary = new GenerationSummary(Path.GetFullPath(folder), configuration);
        foreach (var release in releases)
        {
            var sub = Path.Combine(folder, release.Folder);
            Directory.CreateDirectory(sub);
            var mixedWord = release.Index % 3 == 2;
            if (format is ReleaseFileFormat.Markdown or ReleaseFileFormat.Both || (format == ReleaseFileFormat.Mixed && !mixedWord))
            {
                var path = Path.Combine(sub, release.FileStem + ".md");
                File.WriteAllText(path, MarkdownReleaseWriter.ToMarkdown(release), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                summary.Add(release, path);
            }

            if (format is ReleaseFileFormat.Word or ReleaseFileFormat.Both || (format == ReleaseFileFormat.Mixed && mixedWord))
            {
                var path = Path.Combine(sub, release.FileStem + ".docx");
                File.WriteAllBytes(path, WordReleaseWriter.ToDocx(release));
                summary.Add(release, path);
            }
        }

        // What was planted where, so a run's findings can be scored against it (compare/score-planted.py).
        File.WriteAllLines(
            Path.Combine(folder, "releases.tsv"),
            summary.Planted.Select(p => string.Join('\t', Path.GetRelativePath(folder, p.Path).Replace('\\', '/'), p.Release.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Flag(p.Release.Partisan), Flag(p.Release.Confidential), Flag(p.Release.QuotationSlip)))
                .Prepend("file\tdate\tpartisan\tconfidential\tquotationSlip"));
        return summary;
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private (Speaker Speaker, string[] Quote, string? Intro) Misquoted(int kind, Speaker lead, string ward, Queue<string[]> memberQuotes)
    {
        switch (kind)
        {
            case 0:
                // A ward councillor with no executive role: the borough protocol does not let releases quote them.
                var backbench = Council.People.Where(p => p.Kind == SpeakerKind.Member && p.Role == MemberRole.Backbench).ToArray();
                var member = backbench.FirstOrDefault(p => p.Ward == ward) ?? Pick(backbench);
                return (member, Pick(ReleaseText.WardMemberQuotes), null);
            case 1:
                // A Cabinet Member speaking outside their portfolio.
                var others = Council.People.Where(p => p.Role == MemberRole.CabinetMember && p.Name != lead.Name).ToArray();
                return (Pick(others), memberQuotes.Dequeue(), null);
            case 2:
                // A role given before it is held: the Deputy Leader becomes Leader only after the May elections.
                var deputy = Council.Person("Rajesh Patel");
                return (deputy, Pick(ReleaseText.LeaderQuotes), $"{deputy.FullName}, Leader of the Council");
            default:
                // The lead member is quoted properly; the slip is an unattributed quotation further on.
                return (lead, memberQuotes.Dequeue(), null);
        }
    }

    private List<ReleasePart> Tail(ReleaseTopic topic, Writer writer)
    {
        var tail = new List<ReleasePart>();
        if (_random.Next(3) == 0)
        {
            tail.Add(new ReleasePart(ReleasePartKind.Paragraph, "Ends"));
        }

        tail.Add(new ReleasePart(ReleasePartKind.Heading, "Notes to editors"));
        var notes = Shuffle(topic.Notes).Take(_random.Next(2, 4)).ToList();
        if (_random.Next(2) == 0)
        {
            notes.Add(Pick(ReleaseText.GeneralNotes));
        }

        tail.AddRange(notes.Select(n => new ReleasePart(ReleasePartKind.Note, writer.Fill(n))));
        tail.Add(new ReleasePart(ReleasePartKind.Heading, "Contact"));
        tail.Add(new ReleasePart(ReleasePartKind.ContactLine, ContactName));
        tail.Add(new ReleasePart(ReleasePartKind.ContactLine, "Telephone: 01632 960 410"));
        tail.Add(new ReleasePart(ReleasePartKind.ContactLine, "Email: press@wreakevalley.gov.uk"));
        return tail;
    }

    private DateOnly PickDate()
    {
        // A weekday from Monday 5 January to the end of April 2026.
        var date = _firstDay.AddDays(_random.Next(0, 116));
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(-1),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> Shuffle<T>(IReadOnlyList<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static string Take(Queue<string> sentences, int count)
    {
        var taken = new List<string>();
        while (taken.Count < count && sentences.TryDequeue(out var sentence))
        {
            taken.Add(sentence);
        }

        return string.Join(' ', taken);
    }

    private static string UpperFirst(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Builds one release's parts, filling in its tokens and setting out its quotations in its house style.</summary>
    private sealed class Writer(ReleaseGenerator generator, Dictionary<string, string> tokens, bool curly)
    {
        private readonly string _open = curly ? "\u201C" : "\"";
        private readonly string _close = curly ? "\u201D" : "\"";

        public List<ReleasePart> Parts { get; } = [];

        public void Add(ReleasePartKind kind, string text) => Parts.Add(new ReleasePart(kind, text));

        public void AddRange(IEnumerable<ReleasePart> parts) => Parts.AddRange(parts);

        public void Paragraph(string template) => Add(ReleasePartKind.Paragraph, UpperFirst(Fill(template)));

        public string Marks(string text) => _open + text + _close;

        /// <summary>Sets out a quotation in one of the forms releases use, chosen at random.</summary>
        public void Quote(string intro, string[] sentences)
        {
            var filled = sentences.Select(Fill).ToArray();
            var rest = filled.Length > 1 ? " " + Marks(string.Join(' ', filled[1..])) : "";
            switch (generator._random.Next(4))
            {
                case 0:
                    Add(ReleasePartKind.Paragraph, $"{intro}, said: {Marks(string.Join(' ', filled))}");
                    break;
                case 1:
                    Add(ReleasePartKind.Paragraph, $"{intro}, said:");
                    Add(ReleasePartKind.BlockQuote, Marks(string.Join(' ', filled)));
                    break;
                case 2:
                    Add(ReleasePartKind.Paragraph, $"{Marks(Comma(filled[0]))} said {intro}.{rest}");
                    break;
                default:
                    Add(ReleasePartKind.Paragraph, $"{Marks(Comma(filled[0]))} {intro}, said.{rest}");
                    break;
            }
        }

        /// <summary>A second quotation from the speaker just quoted: <c>"...," she added.</c></summary>
        public void Added(Speaker speaker, string[] sentences)
        {
            var filled = sentences.Select(Fill).ToArray();
            if (generator._random.Next(2) == 0)
            {
                var rest = filled.Length > 1 ? " " + Marks(string.Join(' ', filled[1..])) : "";
                Add(ReleasePartKind.Paragraph, $"{Marks(Comma(filled[0]))} {speaker.Pronoun} added.{rest}");
            }
            else
            {
                Add(ReleasePartKind.Paragraph, $"{UpperFirst(speaker.Pronoun)} added: {Marks(string.Join(' ', filled))}");
            }
        }

        /// <summary>How a release names a speaker and their capacity, in one of the usual forms.</summary>
        public string Intro(Speaker s)
        {
            string[] forms = s.Kind switch
            {
                SpeakerKind.Member => s.Role switch
                {
                    MemberRole.Leader => [$"{s.FullName}, Leader of the Council", $"{s.ShortName}, Leader of {Council.Name}", $"{s.FullName}, the Leader of the Council"],
                    MemberRole.DeputyLeader => [$"{s.FullName}, Deputy Leader and Cabinet Member for {s.Portfolio}", $"{s.ShortName}, Cabinet Member for {s.Portfolio}", $"{s.FullName}, Deputy Leader of the Council and Cabinet Lead Member for {s.Portfolio}"],
                    MemberRole.CabinetMember => [$"{s.FullName}, Cabinet Member for {s.Portfolio}", $"{s.ShortName}, Cabinet Lead Member for {s.Portfolio}", $"{s.FullName}, the council's Cabinet Member for {s.Portfolio}", $"{s.FullName}, portfolio holder for {s.Portfolio}"],
                    MemberRole.ScrutinyChair or MemberRole.CommitteeChair => [$"{s.FullName}, Chair of the {s.Committee}", $"{s.ShortName}, Chair of the {s.Committee}"],
                    _ => [$"{s.FullName}, ward councillor for {s.Ward}", $"{s.ShortName}, one of the ward councillors for {s.Ward}"],
                },
                SpeakerKind.Officer => [$"{s.Name}, the council's {s.JobTitle}", $"{s.Name}, {s.JobTitle} at {Council.Name}", $"{s.Name}, {s.JobTitle}"],
                _ => [s.Description!.StartsWith("of ", StringComparison.Ordinal) ? $"{s.FullName} {Fill(s.Description)}" : $"{s.FullName}, {Fill(s.Description)}"],
            };
            return generator.Pick(forms);
        }

        /// <summary>Adds paragraphs about the council's services, sentence by sentence, until the release has <paramref name="words"/> words.</summary>
        public void Fill(Queue<string> facts, int words)
        {
            var filler = new Queue<string>(generator.Shuffle(ReleaseText.Services));
            var total = Parts.Sum(p => GeneratedRelease.CountWords(p.Text));
            while (total < words && (filler.Count > 0 || facts.Count > 0))
            {
                var paragraph = new List<string>();
                var size = generator._random.Next(2, 4);
                while (paragraph.Count < size && total < words && (filler.Count > 0 || facts.Count > 0))
                {
                    var sentence = facts.Count > 0 && (filler.Count == 0 || generator._random.Next(4) == 0) ? Fill(facts.Dequeue()) : Fill(filler.Dequeue());
                    paragraph.Add(sentence);
                    total += GeneratedRelease.CountWords(sentence);
                }

                Add(ReleasePartKind.Paragraph, string.Join(' ', paragraph));
            }
        }

        public string Fill(string template)
        {
            var text = new StringBuilder(template.Length + 32);
            var at = 0;
            while (at < template.Length)
            {
                var open = template.IndexOf('{', at);
                if (open < 0)
                {
                    text.Append(template, at, template.Length - at);
                    break;
                }

                var close = template.IndexOf('}', open);
                text.Append(template, at, open - at).Append(tokens[template[(open + 1)..close]]);
                at = close + 1;
            }

            return text.ToString();
        }

        private static string Comma(string sentence) =>
            sentence.EndsWith('.') ? sentence[..^1] + "," : sentence;
    }
}
