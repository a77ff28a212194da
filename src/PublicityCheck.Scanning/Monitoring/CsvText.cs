using System.Globalization;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// Writes CSV as RFC 4180 has it (comma-separated, CRLF line ends, a cell with a comma, quotation mark or line break
/// quoted and its quotation marks doubled), with every cell that a spreadsheet would read as a formula (one starting
/// with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe: the text comes from releases and their
/// authors, and a cell such as <c>=HYPERLINK(...)</c> must stay text when the file is opened.
/// </summary>
internal static class CsvText
{
    /// <summary>Writes one record.</summary>
    public static void Row(TextWriter output, params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Cell(cells[i]));
        }

        output.Write("\r\n");
    }

    /// <summary>One cell, guarded and quoted as needed.</summary>
    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            bool b => b ? "true" : "false",
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
