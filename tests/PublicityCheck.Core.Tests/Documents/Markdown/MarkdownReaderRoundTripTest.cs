using static PublicityCheck.Tests.Documents.Markdown.MarkdownTestSupport;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Every word of every block maps back to exactly its text in the file.</summary>
public class MarkdownReaderRoundTripTest
{
    public static TheoryData<string> Releases => new()
    {
        """
        ---
        title: Charnwood leisure centre reopens
        publish: 3 March 2026
        ---

        # Leisure centre *reopens* after £4m refit

        **Embargoed until 00:01 Tuesday 3 March 2026**
        Issued by the [Charnwood press office](https://www.charnwood.gov.uk/press)

        Cllr Jane Smith, Leader of the Council, said: “The *new* pool is **open** to everyone &mdash; from 9am.”

        - Swimming lessons for *under-fives*
          - Booking at <https://www.charnwood.gov.uk/leisure>
        - Café run by `Loughborough Community Trust`

        > Residents told us the changing rooms were
        > **long overdue** for repair.

        | Facility | Opens |
        | --- | --- |
        | Main pool | 3 March |
        | Sauna & *steam* room | 10 March |

        <!-- publicitycheck-disable-next-line PC0401 -- approved by the Monitoring Officer, 3 March -->
        Cllr Ann Wright (Liberal Democrat) cut the ribbon.
        """,
        "# Bin collections\r\n\r\nCollections run as normal on **Monday 4 May**.\r\nGarden waste resumes on *Tuesday*.  \r\nCall 01509 634560.\r\n\r\n1. Put bins out by 7am\r\n2. Leave lids closed\r\n",
        "Parks\rThe *Outwoods* reopen on Saturday.\r\r> “A wonderful day,” said Cllr Smith.\r",
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void GetLocation_EveryWordMapsBackToItsTextInTheFile(string markdown)
    {
        var document = Read(markdown);

        var words = AssertWordsRoundTrip(document, markdown);

        Assert.True(words >= 10, $"only {words} words were checked");
    }
}
