using System.Globalization;
using System.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Testing;

/// <summary>
/// A finding a test expects: its rule id and, as the test says, where it is, its severity, message, suggestion and
/// whether an author's suppression covers it. What the test leaves unsaid is not compared, except the severity (the
/// rule's default unless <see cref="WithSeverity"/> says otherwise), the suppression (not suppressed unless
/// <see cref="WithIsSuppressed"/> says so) and the location (a result with none expects a finding about the whole file).
/// </summary>
public sealed record DiagnosticResult
{
    /// <summary>Expects a finding of rule <paramref name="id"/>.</summary>
    public DiagnosticResult(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Expects a finding of the rule <paramref name="descriptor"/> declares.</summary>
    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this((descriptor ?? throw new ArgumentNullException(nameof(descriptor))).Id)
    {
    }

    /// <summary>The rule id.</summary>
    public string Id { get; }

    /// <summary>The expected severity, or null for the rule's default severity.</summary>
    public DiagnosticSeverity? Severity { get; private init; }

    /// <summary>The expected message, or null when only <see cref="MessageArguments"/> (or nothing) is compared.</summary>
    public string? Message { get; private init; }

    /// <summary>The arguments the rule's message format is expected to be filled with, or null.</summary>
    public IReadOnlyList<object?>? MessageArguments { get; private init; }

    /// <summary>The expected suggested replacement, or null when it is not compared.</summary>
    public string? Suggestion { get; private init; }

    /// <summary>Whether an author's suppression is expected to cover the finding.</summary>
    public bool IsSuppressed { get; private init; }

    /// <summary>The part of the file the finding is expected in (<see cref="DocumentParts"/>): the body unless said.</summary>
    public string Part { get; private init; } = DocumentParts.Body;

    /// <summary>The expected first character, or null when the result expects no place or refers to markup.</summary>
    public SourcePosition? Start { get; private init; }

    /// <summary>The expected place just after the last character, or null when the end is not compared.</summary>
    public SourcePosition? End { get; private init; }

    /// <summary>The key of a <c>{|#n:...|}</c> span in the source that gives the location, or null.</summary>
    public int? LocationKey { get; private init; }

    /// <summary>Whether the result expects a place in the file rather than a finding about the whole file.</summary>
    public bool HasLocation => Start is not null || LocationKey is not null;

    /// <summary>Expects the finding to start at <paramref name="line"/> and <paramref name="column"/>, wherever it ends.</summary>
    /// <param name="line">1-based line (Markdown) or paragraph (Word).</param>
    /// <param name="column">1-based column (Markdown) or character in the paragraph (Word).</param>
    public DiagnosticResult WithLocation(int line, int column) =>
        this with { Start = Position(line, column), End = null, LocationKey = null };

    /// <summary>Expects the finding to cover exactly the span from one place up to, not including, another.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
    {
        var start = Position(startLine, startColumn);
        var end = Position(endLine, endColumn);
        if (end < start)
        {
            throw new ArgumentException($"The span ends at {end}, before it starts at {start}.", nameof(endLine));
        }

        return this with { Start = start, End = end, LocationKey = null };
    }

    /// <summary>Expects the finding to cover exactly the span marked <c>{|#<paramref name="markupKey"/>:...|}</c> in the source.</summary>
    public DiagnosticResult WithLocation(int markupKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(markupKey);
        return this with { LocationKey = markupKey, Start = null, End = null };
    }

    /// <summary>Expects the finding in <paramref name="part"/> of the file (<see cref="DocumentParts"/>) rather than its body.</summary>
    public DiagnosticResult InPart(string part)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(part);
        return this with { Part = part };
    }

    /// <summary>Expects the finding at <paramref name="severity"/> rather than its rule's default.</summary>
    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>Expects exactly <paramref name="message"/>.</summary>
    public DiagnosticResult WithMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return this with { Message = message, MessageArguments = null };
    }

    /// <summary>Expects the rule's message format filled with <paramref name="arguments"/>.</summary>
    public DiagnosticResult WithArguments(params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return this with { MessageArguments = [.. arguments], Message = null };
    }

    /// <summary>Expects the finding to suggest <paramref name="suggestion"/> in place of its words.</summary>
    public DiagnosticResult WithSuggestion(string suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return this with { Suggestion = suggestion };
    }

    /// <summary>Expects an author's suppression to cover the finding, or not.</summary>
    public DiagnosticResult WithIsSuppressed(bool isSuppressed = true) => this with { IsSuppressed = isSuppressed };

    /// <summary>The result as the C# that would create it, for pasting into a test.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"new DiagnosticResult(\"{Id}\")");
        if (LocationKey is { } key)
        {
            text.Append(CultureInfo.InvariantCulture, $".WithLocation({key})");
        }
        else if (Start is { } start)
        {
            text.Append(End is { } end
                ? string.Create(CultureInfo.InvariantCulture, $".WithSpan({start.Line}, {start.Column}, {end.Line}, {end.Column})")
                : string.Create(CultureInfo.InvariantCulture, $".WithLocation({start.Line}, {start.Column})"));
        }

        if (HasLocation && Part != DocumentParts.Body)
        {
            text.Append(CultureInfo.InvariantCulture, $".InPart(\"{Part}\")");
        }

        if (Severity is { } severity)
        {
            text.Append(CultureInfo.InvariantCulture, $".WithSeverity(DiagnosticSeverity.{severity})");
        }

        if (Message is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $".WithMessage({Quote(Message)})");
        }

        if (Suggestion is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $".WithSuggestion({Quote(Suggestion)})");
        }

        if (IsSuppressed)
        {
            text.Append(".WithIsSuppressed()");
        }

        return text.ToString();
    }

    private static SourcePosition Position(int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        return new SourcePosition(line, column);
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
