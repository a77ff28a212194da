using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Scanning.Tests.Monitoring;

public class CsvTextTest
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 1632 960000", "'+44 1632 960000")]
    [InlineData("-2 councillors", "'-2 councillors")]
    [InlineData("@leader", "'@leader")]
    public void Cell_TextAFormulaWouldStartWith_IsPrefixedWithAnApostrophe(string text, string cell)
    {
        Assert.Equal(cell, CsvText.Cell(text));
    }

    [Fact]
    public void Cell_ANegativeNumber_IsLeftAsANumber()
    {
        Assert.Equal("-16.3371", CsvText.Cell(-16.33714));
    }

    [Fact]
    public void Cell_WithACommaOrQuotationMark_IsQuotedWithTheMarkDoubled()
    {
        Assert.Equal("\"Chair, \"\"Planning\"\" Committee\"", CsvText.Cell("Chair, \"Planning\" Committee"));
    }

    [Fact]
    public void Cell_WithALineBreak_IsQuoted()
    {
        Assert.Equal("\"first line\nsecond line\"", CsvText.Cell("first line\nsecond line"));
    }

    [Fact]
    public void Row_EndsWithCarriageReturnAndLineFeed()
    {
        var output = new StringWriter();

        CsvText.Row(output, "press/pool.md", null, 3, true);

        Assert.Equal("press/pool.md,,3,true\r\n", output.ToString());
    }
}
