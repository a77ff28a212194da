using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Hostile;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// Nesting at any depth from 0 to 200,000, in YAML front matter, Markdown block quotes, lists, emphasis and
/// brackets, the Word body or the Word comments, gives a document, or PC0001, or a document with PC0007: never an
/// exception, never a crash. The same holds for a configuration file nested at any depth: it is read, or refused
/// as a configuration error naming the file.
/// </summary>
public sealed class NestingPropertyTest
{
    private static readonly string[] _shapes =
        ["yaml-flow", "yaml-block", "markdown-quotes", "markdown-lists", "markdown-emphasis", "markdown-brackets", "word-body", "word-comments"];

    private static readonly Arbitrary<(string Shape, int Depth)> _cases =
        (from shape in Gen.Elements(_shapes)
         from depth in Gen.OneOf(Gen.Choose(0, 1_000), Gen.Choose(0, 200_000))
         select (shape, depth))
        .ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Read_AnyNestingDepth_DocumentOrRefusalNeverException() =>
        Prop.ForAll(_cases, input =>
        {
            var (shape, depth) = input;
            var result = Read(shape, depth);
            return (result.Document is not null && result.Diagnostics.All(d => d.Id != "PC0001"))
                || (result.Document is null && result.Diagnostics.Length == 1 && result.Diagnostics[0].Id == "PC0001");
        });

    [Property(MaxTest = 30)]
    public Property ParseConfiguration_AnyNestingDepth_ConfigurationOrConfigurationError() =>
        Prop.ForAll(Gen.OneOf(Gen.Choose(0, 200), Gen.Choose(0, 200_000)).ToArbitrary(), depth =>
        {
            // Nested where the schema expects a list of people, and where it expects a severity.
            foreach (var json in new[]
            {
                "{ \"people\": " + new string('[', depth) + new string(']', depth) + " }",
                "{ \"rules\": { \"PC0401\": " + new string('[', depth) + new string(']', depth) + " } }",
            })
            {
                try
                {
                    ConfigurationFileParser.Parse("publicitycheck.json", Encoding.UTF8.GetBytes(json));
                }
                catch (ConfigurationException ex) when (ex.Message.Contains("publicitycheck.json", StringComparison.Ordinal))
                {
                }
            }

            return true;
        });

    private static DocumentReadResult Read(string shape, int depth)
    {
        if (shape.StartsWith("word-", StringComparison.Ordinal))
        {
            var package = DeepNesting.Package(shape == "word-body" ? DeepPart.Body : DeepPart.Comments, depth);
            return new WordReader().Read("deep.docx", new MemoryStream(package), ReaderOptions.Default);
        }

        var text = shape switch
        {
            "yaml-flow" => "---\na: " + new string('[', depth) + new string(']', depth) + "\n---\nThe council said so.\n",
            "yaml-block" => "---\na:\n  " + Repeat("- ", depth) + "b\n---\nThe council said so.\n",
            "markdown-quotes" => new string('>', depth) + " The council said so.\n",
            "markdown-lists" => Repeat("- ", depth) + "The council said so.\n",
            "markdown-emphasis" => new string('*', depth) + "The council said so." + new string('*', depth) + "\n",
            _ => new string('[', depth) + "The council said so." + new string(']', depth) + "\n",
        };
        return new MarkdownReader().Read("deep.md", new MemoryStream(Encoding.UTF8.GetBytes(text)), ReaderOptions.Default);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
