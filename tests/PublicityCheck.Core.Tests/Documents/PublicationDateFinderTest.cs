using System.Collections.Immutable;
using System.Text;
using NodaTime;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Tests.Documents.Word;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Documents;

/// <summary>Where a release's publication date is found, as press offices write it, in Markdown and in Word.</summary>
public sealed class PublicationDateFinderTest
{
    private const string Undated = "news/mardale-library-opens";

    /// <summary>Each dateline form a press office writes, and the date it gives.</summary>
    public static TheoryData<string, int, int, int> Datelines => new()
    {
        { "15 April 2027", 2027, 4, 15 },
        { "Thursday 15 April 2027", 2027, 4, 15 },
        { "Thursday, 15th April 2027", 2027, 4, 15 },
        { "15/04/2027", 2027, 4, 15 },
        { "15.04.2027", 2027, 4, 15 },
        { "Press release - 15 April 2027", 2027, 4, 15 },
        { "Press release – Thursday 15 April 2027", 2027, 4, 15 },
        { "News release: 15/04/2027", 2027, 4, 15 },
        { "Issued 3 Nov 2026", 2026, 11, 3 },
        { "Issued on Tuesday 3 November 2026 by the Communications Team", 2026, 11, 3 },
        { "Published: 3 November 2026", 2026, 11, 3 },
        { "Date: 3 November 2026", 2026, 11, 3 },
        { "Dated 3 November 2026", 2026, 11, 3 },
        { "Posted on: 3 November 2026", 2026, 11, 3 },
        { "Published: Wednesday 4th November 26", 2026, 11, 4 },
        { "Published date: 3 November 2026", 2026, 11, 3 },
        { "This story was published 3 November 2026", 2026, 11, 3 },
        { "Last updated: 3 November 2026", 2026, 11, 3 },
        { "03/11/2026, PR8557", 2026, 11, 3 },
        { "3 November 2026 | Ref: NR 1234", 2026, 11, 3 },
        { "For immediate release: 3 November 2026", 2026, 11, 3 },
        { "Embargoed until 00:01 Thursday 15 April 2027", 2027, 4, 15 },
        { "EMBARGOED UNTIL 10am, 15 April 2027", 2027, 4, 15 },
        { "Embargo: 00.01hrs on Thursday 15th April 2027", 2027, 4, 15 },
        { "Not for publication before 23:00 BST, 14 April 2027", 2027, 4, 14 },
        { "Press release issued: 3 November 2026.", 2026, 11, 3 },
        { "News release published on 3 November 2026", 2026, 11, 3 },
        { "Released on 3 November 2026", 2026, 11, 3 },
        { "Released: Tuesday 3 November 2026", 2026, 11, 3 },
        { "3 Nov 2026 - 14:05", 2026, 11, 3 },
        { "Mardale, 3 November 2026 | 09:30 Europe/London", 2026, 11, 3 },
        { "MARDALE, 3 November 2026", 2026, 11, 3 },
        { "Kirkby Mardale, Tuesday 3 November 2026", 2026, 11, 3 },
    };

    private static ReleaseDocument ReadMarkdown(string markdown, string path = Undated + ".md")
    {
        var result = new MarkdownReader().Read(path, new MemoryStream(Encoding.UTF8.GetBytes(markdown)), ReaderOptions.Default);
        Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics));
        return result.Document;
    }

    private static ReleaseDocument ReadWord(WordDocumentBuilder builder, string path = Undated + ".docx")
    {
        var result = WordTestReading.Read(builder.Build(), path: path);
        Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics));
        return result.Document;
    }

    private static string Paragraphs(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"Paragraph {i} of the release says what the library offers.\n\n"));

    [Theory]
    [MemberData(nameof(Datelines))]
    public void Find_MarkdownDatelineUnderTheHeadingGivesTheDateAndItsPlace(string dateline, int year, int month, int day)
    {
        var document = ReadMarkdown($"# Mardale library opens its new wing\n\n{dateline}\n\nThe wing opens to readers on 20 May 2027.\n");

        var expected = new PublicationDate(new LocalDate(year, month, day), PublishOnSource.Dateline, dateline)
        {
            Location = new SourceLocation(Undated + ".md", DocumentParts.Body, new SourcePosition(3, 1), new SourcePosition(3, dateline.Length + 1)),
        };
        Assert.Equal(expected, document.Metadata.Publication);
    }

    [Theory]
    [MemberData(nameof(Datelines))]
    public void Find_WordDatelineUnderTheHeadingGivesTheDateAndItsPlace(string dateline, int year, int month, int day)
    {
        var document = ReadWord(new WordDocumentBuilder()
            .Body(StyledP("Heading1", "Mardale library opens its new wing"))
            .Paragraph(dateline)
            .Paragraph("The wing opens to readers on 20 May 2027."));

        var expected = new PublicationDate(new LocalDate(year, month, day), PublishOnSource.Dateline, dateline)
        {
            Location = new SourceLocation(Undated + ".docx", DocumentParts.Body, new SourcePosition(2, 1), new SourcePosition(2, dateline.Length + 1)),
        };
        Assert.Equal(expected, document.Metadata.Publication);
    }

    [Theory]
    [InlineData("Published: Thursday 4th November 26")]
    [InlineData("Published: 4th November 26")]
    [InlineData("Wednesday 4 November 26 people came")]
    [InlineData("Wednesday 4 November 18:30")]
    public void Find_TwoDigitYearIsTakenOnlyAsAWholeDatelineWithItsWeekday(string line)
    {
        var document = ReadMarkdown($"# Mardale library opens its new wing\n\n{line}\n\nThe wing opens to readers in the spring.\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Theory]
    [InlineData("Mardale Library, 4 November 2026 to 30 January 2027")]
    [InlineData("Opening hours, 3 November 2026 - 10:00 to 16:00")]
    [InlineData("Book now: the library, 3 November 2026")]
    public void Find_APlaceOrATimeBesideAnEventsDateIsNoDateline(string line)
    {
        var document = ReadMarkdown($"# Mardale library opens its new wing\n\n{line}\n\nThe wing opens to readers in the spring.\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_LabelsAloneAboveALongLineTakeNoDateFromIt()
    {
        // A hostile head: labels on lines of their own, then a line far longer than a dateline that ends in a date.
        var document = ReadMarkdown("# Mardale library opens its new wing\n\n" + string.Concat(Enumerable.Repeat("Published:\n", 20))
            + new string('x', 999_000) + " 3 November 2026\n\nThe wing opens to readers in the spring.\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_DateUnderALabelOnALineOfItsOwnIsTaken()
    {
        var document = ReadMarkdown("# Mardale library opens its new wing\n\nPublished date:\n\n3 Nov 2026 (all day)\n\nThe wing opens to readers on 20 May 2027.\n");

        Assert.Equal(new LocalDate(2026, 11, 3), document.Metadata.Publication?.Date);
        Assert.Equal(PublishOnSource.Dateline, document.Metadata.Publication?.Source);
    }

    [Fact]
    public void Find_LabelOnALineOfItsOwnDoesNotDateTheRunningTextAfterIt()
    {
        var document = ReadMarkdown("# Mardale library opens its new wing\n\nPublished:\n\nThe wing opens to readers on 20 May 2027, a year after building began.\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_MarkdownDatelineAtTheEndIsTaken()
    {
        var document = ReadMarkdown($"# Mardale library opens its new wing\n\n{Paragraphs(20)}ENDS\n\nIssued 3 November 2026\n");

        Assert.Equal((new LocalDate(2026, 11, 3), PublishOnSource.Dateline), (document.Metadata.PublishOn, document.Metadata.PublishOnSource));
        Assert.Equal(new SourcePosition(45, 1), document.Metadata.Publication!.Location!.Start);
    }

    [Fact]
    public void Find_WordDatelineInThePageHeaderIsTaken()
    {
        var document = ReadWord(new WordDocumentBuilder()
            .Header("Press release - 15 April 2027")
            .Paragraph("Mardale library opens its new wing"));

        Assert.Equal(new LocalDate(2027, 4, 15), document.Metadata.PublishOn);
        Assert.StartsWith("header", document.Metadata.Publication!.Location!.Part, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DateInRunningTextIsNotTaken()
    {
        var document = ReadMarkdown("# Mardale library opens its new wing\n\nOn 12 May 2027 residents can tour the new wing.\n\nIt was agreed on 3 November 2026.\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_DateAloneInAListOfEventsIsNotTaken()
    {
        var document = ReadMarkdown("# Summer reading sessions\n\nSessions run on:\n\n- Saturday 5 June 2027\n- Saturday 12 June 2027\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_DatelineInTheMiddleOfALongReleaseIsNotTaken()
    {
        var document = ReadMarkdown($"# Mardale library opens its new wing\n\n{Paragraphs(12)}Date: 3 November 2026\n\n{Paragraphs(10)}");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_WeekdayThatDisagreesWithTheDateIsNotTrusted()
    {
        // 15 April 2027 is a Thursday: the line is wrong in one of its halves, so the file name's date is used.
        var document = ReadMarkdown("# Mardale library opens its new wing\n\nFriday 15 April 2027\n", "news/2027-04-14-mardale-library.md");

        Assert.Equal(new PublicationDate(new LocalDate(2027, 4, 14), PublishOnSource.FileName, "2027-04-14-mardale-library.md"), document.Metadata.Publication);
    }

    [Fact]
    public void Find_EmbargoWinsOverAnEarlierIssueDate()
    {
        var document = ReadMarkdown("# Mardale library opens its new wing\n\nDate: 13 April 2027\n\nEmbargoed until 00:01 Thursday 15 April 2027\n");

        Assert.Equal(new LocalDate(2027, 4, 15), document.Metadata.PublishOn);
    }

    [Theory]
    [InlineData("2026-03-03-council-sets-budget.md", 2026, 3, 3)]
    [InlineData("20260303-council-sets-budget.docx", 2026, 3, 3)]
    [InlineData("2026_03_03_council_sets_budget.md", 2026, 3, 3)]
    [InlineData("3-march-2026-council-sets-budget.md", 2026, 3, 3)]
    [InlineData("council-sets-budget-2026-03-03.md", 2026, 3, 3)]
    [InlineData("press/2026/2026-03-03.md", 2026, 3, 3)]
    public void DateInFileName_ReadsTheDateTheNameStartsOrEndsWith(string path, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), PublicationDateFinder.DateInFileName(path));
    }

    [Theory]
    [InlineData("council-tax-bills-arrive-3-march-2026.md")]
    [InlineData("polling-cards-2026.md")]
    [InlineData("2026-27-budget-agreed.md")]
    [InlineData("2026-02-30-council-sets-budget.md")]
    [InlineData("12345678-library.md")]
    public void DateInFileName_TakesNoSubjectDateOrImpossibleDay(string path)
    {
        Assert.Null(PublicationDateFinder.DateInFileName(path));
    }

    [Fact]
    public void Find_MarkdownFileNameDateIsTakenWhenTheReleaseStatesNone()
    {
        var document = ReadMarkdown("# Council sets its budget\n\nThe budget was agreed on 2 March.\n", "press/2026-03-03-council-sets-budget.md");

        Assert.Equal(new PublicationDate(new LocalDate(2026, 3, 3), PublishOnSource.FileName, "2026-03-03-council-sets-budget.md"), document.Metadata.Publication);
    }

    [Fact]
    public void Find_TrustsFrontMatterThenDatelineThenFileName()
    {
        const string Body = "# Council sets its budget\n\nPress release - 4 March 2026\n";
        const string Path = "press/2026-03-03-council-sets-budget.md";

        var stated = ReadMarkdown("---\npublish: 2026-03-05\n---\n" + Body, Path);
        var datelined = ReadMarkdown(Body, Path);
        var named = ReadMarkdown("# Council sets its budget\n", Path);

        Assert.Equal(
            [(new LocalDate(2026, 3, 5), PublishOnSource.FrontMatter), (new LocalDate(2026, 3, 4), PublishOnSource.Dateline), (new LocalDate(2026, 3, 3), PublishOnSource.FileName)],
            new[] { stated, datelined, named }.Select(d => (d.Metadata.PublishOn!.Value, d.Metadata.PublishOnSource!.Value)));
    }

    [Fact]
    public void Find_WordTrustsCustomPropertyThenDatelineThenFileNameThenCoreProperties()
    {
        WordDocumentBuilder Release(bool custom, bool dateline) =>
            (custom ? new WordDocumentBuilder().CustomProperty("Publish", "6 March 2026") : new WordDocumentBuilder())
                .Saved(new DateTime(2026, 2, 20, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 16, 0, 0, DateTimeKind.Utc))
                .Paragraph(dateline ? "Issued 5 March 2026" : "Council sets its budget");

        var found = new[]
        {
            ReadWord(Release(custom: true, dateline: true), "press/2026-03-04-budget.docx"),
            ReadWord(Release(custom: false, dateline: true), "press/2026-03-04-budget.docx"),
            ReadWord(Release(custom: false, dateline: false), "press/2026-03-04-budget.docx"),
            ReadWord(Release(custom: false, dateline: false), "press/budget.docx"),
        }.Select(d => (d.Metadata.PublishOn!.Value, d.Metadata.PublishOnSource!.Value));

        Assert.Equal(
            [
                (new LocalDate(2026, 3, 6), PublishOnSource.FrontMatter),
                (new LocalDate(2026, 3, 5), PublishOnSource.Dateline),
                (new LocalDate(2026, 3, 4), PublishOnSource.FileName),
                (new LocalDate(2026, 2, 20), PublishOnSource.DocumentProperties),
            ],
            found);
    }

    [Fact]
    public void Find_WordCreatedDateIsTrustedBeforeTheLastSave()
    {
        var document = ReadWord(new WordDocumentBuilder()
            .Saved(new DateTime(2026, 2, 20, 23, 30, 0, DateTimeKind.Utc), new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc))
            .Paragraph("Council sets its budget"));

        // 23:30 UTC on 20 February is 20 February in the UK (GMT).
        Assert.Equal(new PublicationDate(new LocalDate(2026, 2, 20), PublishOnSource.DocumentProperties, "created"), document.Metadata.Publication);
    }

    [Fact]
    public void Find_WordLastSaveIsUsedWhenNothingElseDatesTheRelease()
    {
        var document = ReadWord(new WordDocumentBuilder()
            .Saved(null, new DateTime(2026, 6, 1, 23, 30, 0, DateTimeKind.Utc))
            .Paragraph("Council sets its budget"));

        // 23:30 UTC on 1 June is 00:30 on 2 June in the UK (BST).
        Assert.Equal(new PublicationDate(new LocalDate(2026, 6, 2), PublishOnSource.DocumentProperties, "modified"), document.Metadata.Publication);
    }

    [Fact]
    public void Find_MarkdownFrontMatterCreatedIsNotAPublicationDate()
    {
        var document = ReadMarkdown("---\ncreated: 2026-02-20\n---\n# Council sets its budget\n");

        Assert.Null(document.Metadata.Publication);
    }

    [Fact]
    public void Find_ReadsOnlyTheFirstAndLastLinesOfALongRelease()
    {
        // 200,000 paragraphs that each hold a dateline: only the first and last lines are read, and the first is taken.
        var blocks = Enumerable.Range(0, 200_000).Select(i =>
        {
            var text = i == 0 ? "Mardale library opens" : $"Issued {1 + (i % 28)} February 2026";
            return new Block(BlockKind.Paragraph, DocumentParts.Body, text, new SourceMapBuilder().Append(text, new SourcePosition(i + 1, 1)).ToSourceMap());
        }).ToList();

        var found = PublicationDateFinder.Find("release.md", ReleaseFormat.Markdown, ImmutableDictionary<string, ImmutableArray<string>>.Empty, blocks);

        Assert.Equal((new LocalDate(2026, 2, 2), new SourcePosition(2, 1)), (found!.Date, found.Location!.Start));
    }

    [Fact]
    public void Find_AParagraphOfAMillionCharactersEndingInADateIsNotADateline()
    {
        // A hostile first paragraph: far longer than any dateline, with a date at its end. It is passed over, and
        // the real dateline below it is taken.
        var hostile = new string('x', 999_000) + " Issued 3 November 2026";
        var texts = new[] { hostile, "Issued 2 February 2026", "Mardale library opens" };
        var blocks = texts.Select((text, i) =>
            new Block(BlockKind.Paragraph, DocumentParts.Body, text, new SourceMapBuilder().Append(text, new SourcePosition(i + 1, 1)).ToSourceMap())).ToList();

        var found = PublicationDateFinder.Find("release.md", ReleaseFormat.Markdown, ImmutableDictionary<string, ImmutableArray<string>>.Empty, blocks);

        Assert.Equal((new LocalDate(2026, 2, 2), new SourcePosition(2, 1)), (found!.Date, found.Location!.Start));
    }
}
