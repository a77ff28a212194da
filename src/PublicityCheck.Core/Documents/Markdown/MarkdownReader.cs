using System.Collections.Immutable;
using System.Globalization;
using Markdig;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// Reads Markdown releases (CommonMark with pipe tables and YAML front matter) into blocks of plain text whose
/// every character maps back to its line and column (1-based, UTF-16 code units) in the file.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <summary>
    /// The deepest nesting of Markdown block quotes, lists and links read (Markdig's own default, named here so that
    /// it cannot change unnoticed). A line opening more block quotes and list items than this is refused before
    /// parsing; Markdig refuses deeper nesting of other kinds while it parses. Emphasis, which Markdig nests without
    /// this limit, is walked without recursion, so no depth of it can exhaust the stack.
    /// </summary>
    public const int MaxNestingDepth = 128;

    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = MaxNestingDepth,
    }
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <inheritdoc/>
    public ReleaseFormat Format => ReleaseFormat.Markdown;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc/>
    public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var bytes = MarkdownDecoder.ReadAll(content, options.MaxFileBytes, cancellationToken);
            if (bytes is null)
            {
                return DocumentReadResult.Failure(path, $"the file is larger than the {options.MaxFileBytes / (1024 * 1024)} MB limit");
            }

            var text = MarkdownDecoder.Decode(bytes, out var usedFallback);
            if (string.IsNullOrWhiteSpace(text))
            {
                return DocumentReadResult.Failure(path, "the file is empty");
            }

            if (text.Length > options.MaxTextCharacters)
            {
                return DocumentReadResult.Failure(path, TextLimit.Reason(text.Length, options));
            }

            var diagnostics = new List<Diagnostic>();
            if (usedFallback)
            {
                diagnostics.Add(Diagnostic.Create(EngineDescriptors.NotUtf8, SourceLocation.ForFile(path), MarkdownDecoder.FallbackName));
            }

            return DocumentReadResult.Success(ReadText(path, text, diagnostics, cancellationToken), diagnostics);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (MarkdownLimitException ex)
        {
            return DocumentReadResult.Failure(path, ex.Message);
        }
        catch (Exception ex)
        {
            return DocumentReadResult.Failure(path, $"the Markdown could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static ReleaseDocument ReadText(string path, string text, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var lines = new LineIndex(text);
        var properties = ImmutableDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        var body = text;
        if (FrontMatter.Find(text, lines) is { } frontMatter)
        {
            // Blank the front matter out rather than cut it, so that offsets in what Markdig parses stay offsets in the file.
            body = Blank(text, frontMatter.Length);
            try
            {
                properties = frontMatter.Parse(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var location = new SourceLocation(path, DocumentParts.Body, new SourcePosition(frontMatter.FirstLine, 1), new SourcePosition(frontMatter.LastLine + 1, 1));
                var what = ex is FrontMatterLimitException ? ex.Message : $"is malformed ({FirstLine(ex.Message)})";
                diagnostics.Add(Diagnostic.Create(
                    EngineDescriptors.TextSkipped,
                    location,
                    $"the YAML front matter on lines {frontMatter.FirstLine}-{frontMatter.LastLine} {what}, so its title and dates were not read"));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        ContainerNesting.Check(body, cancellationToken);
        var document = Parse(body);
        var collector = new BlockCollector(body, lines, cancellationToken);
        collector.Collect(document);

        var title = properties.TryGetValue("title", out var titles) && !titles.IsDefaultOrEmpty && !string.IsNullOrWhiteSpace(titles[0])
            ? titles[0].Trim()
            : collector.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text.Replace('\n', ' ');
        var metadata = new DocumentMetadata
        {
            Title = title,
            Publication = PublicationDateFinder.Find(path, ReleaseFormat.Markdown, properties, collector.Blocks),
            Properties = properties,
        };
        return new ReleaseDocument(path, ReleaseFormat.Markdown, collector.Blocks, metadata, SuppressionReader.Read(collector.Comments, lines));
    }

    private static Markdig.Syntax.MarkdownDocument Parse(string body)
    {
        try
        {
            return Markdig.Markdown.Parse(body, _pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig's own refusal at MaxNestingDepth, for nesting the line pass does not see (lists by indentation).
            throw new MarkdownLimitException(
                string.Create(CultureInfo.InvariantCulture, $"it nests block quotes, lists or links more than {MaxNestingDepth} deep"),
                ex);
        }
    }

    private static string Blank(string text, int length) =>
        string.Create(text.Length, (text, length), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = 0; i < state.length; i++)
            {
                if (span[i] is not ('\r' or '\n'))
                {
                    span[i] = ' ';
                }
            }
        });

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
