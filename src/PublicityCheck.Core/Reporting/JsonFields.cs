using System.Text.Encodings.Web;
using System.Text.Json;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>The pieces every JSON output of the tool writes the same way: writer settings, locations, nullable strings.</summary>
internal static class JsonFields
{
    /// <summary>Indented, and with non-ASCII text (curly quotes, £) written as it is rather than escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="write"/>'s JSON to <paramref name="output"/>, followed by a new line.</summary>
    public static void WriteTo(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    /// <summary>Writes <c>"location": {"part","line","column","endLine","endColumn"}</c>.</summary>
    public static void WriteLocation(Utf8JsonWriter json, SourceLocation location) => WriteLocation(json, "location", location);

    /// <summary>Writes <c>"<paramref name="name"/>": {"part","line","column","endLine","endColumn"}</c>.</summary>
    public static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteString("part", location.Part);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", location.End.Column);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes where the publication date came from, <c>"publishOnSource"</c> (<c>option</c>, <c>frontMatter</c>,
    /// <c>dateline</c>, <c>fileName</c>, <c>documentProperties</c>, <c>today</c>, or null), and, for a dateline,
    /// <c>"publishOnLocation"</c>.
    /// </summary>
    public static void WritePublishOnSource(Utf8JsonWriter json, PublishOnSource? source, SourceLocation? location)
    {
        WriteNullableString(json, "publishOnSource", source is { } known ? JsonNamingPolicy.CamelCase.ConvertName(known.ToString()) : null);
        if (location is not null)
        {
            WriteLocation(json, "publishOnLocation", location);
        }
    }

    /// <summary>Writes a string, or <c>null</c>.</summary>
    public static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
