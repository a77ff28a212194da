using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Documents;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck inspect</c>: prints the document model as the engine sees it.</summary>
internal sealed class InspectCommand(CliConsole console)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Run(InspectOptions options)
    {
        if (!string.Equals(options.Format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--format '{options.Format}' is not supported (use json)");
        }

        var full = Path.GetFullPath(options.File, console.WorkingDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException($"no such file: {options.File}");
        }

        var read = DocumentReaders.Default.ReadFile(full, options.File, ReaderOptions.Default);
        if (read.Document is null)
        {
            foreach (var failure in read.Diagnostics)
            {
                console.Error.WriteLine($"{options.File}: error {failure.Id}: {failure.Message}");
            }

            return ExitCodes.ErrorsFound;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(json, read.Document);
        }

        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return ExitCodes.Success;
    }

    private static void Write(Utf8JsonWriter json, ReleaseDocument document)
    {
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("format", document.Format == ReleaseFormat.Word ? "word" : "markdown");
        WriteNullable(json, "title", document.Metadata.Title);
        WriteNullable(json, "publishOn", document.Metadata.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : null);
        json.WriteStartObject("properties");
        foreach (var (key, values) in document.Metadata.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteStartArray(key);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartArray("blocks");
        foreach (var block in document.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(block.Kind.ToString()));
            if (block.Level > 0)
            {
                json.WriteNumber("level", block.Level);
            }

            json.WriteString("text", block.Text);
            WriteLocation(json, document.GetLocation(block.Span));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            WriteLocation(json, document.GetLocation(sentence.Span));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("suppressions");
        foreach (var suppression in document.Suppressions)
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var id in suppression.RuleIds.IsDefault ? [] : suppression.RuleIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            WriteLocation(json, new SourceLocation(document.Path, suppression.Part, suppression.Start, suppression.End));
            WriteNullable(json, "justification", suppression.Justification);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("location");
        json.WriteString("part", location.Part);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", location.End.Column);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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
