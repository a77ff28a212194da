using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Diagnostics;

/// <summary>A finding: a rule, where it applies, what it says, and how serious it is.</summary>
public sealed record Diagnostic
{
    private readonly ImmutableArray<SuggestedFix> _fixes;
    private readonly string? _suggestion;

    private Diagnostic(DiagnosticDescriptor descriptor, SourceLocation location, string message, DiagnosticSeverity severity)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = severity;
    }

    /// <summary>The rule.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding applies.</summary>
    public SourceLocation Location { get; }

    /// <summary>The message.</summary>
    public string Message { get; init; }

    /// <summary>
    /// The severity. An analyzer reports the descriptor's default; the driver's severity stage replaces it with the
    /// configured severity, raised by <see cref="Escalation"/> where that applies. Analyzers do not set it.
    /// </summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>
    /// A higher severity the context calls for, and why. An analyzer sets it on the finding it reports; after the
    /// driver's severity stage it is kept only when it raised <see cref="Severity"/>, so a finding that has one
    /// says why it is more serious than its rule's severity.
    /// </summary>
    public DiagnosticEscalation? Escalation { get; init; }

    /// <summary>The words of the release the finding is about, or null for a finding about the whole file.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The span of the release's text the finding is about, when it was reported at one (null for a finding about
    /// the whole file, or one made from a location alone).
    /// </summary>
    public TextSpan? Span { get; init; }

    /// <summary>
    /// The remedies the rule offers, best first: each a title, the edits and whether it is safe to apply without
    /// reading; a fix with no edits is advice. A finding reported with only a <see cref="Suggestion"/> at a span
    /// has one fix made from it: replace the finding's words with the suggestion, needing a person.
    /// </summary>
    public ImmutableArray<SuggestedFix> Fixes
    {
        get => !_fixes.IsDefaultOrEmpty ? _fixes
            : _suggestion is not null && Span is { } span && Text is { } text && text.Length == span.Length && Location.Part != DocumentParts.File
                ? [new SuggestedFix($"Replace '{text}' with '{_suggestion}'", [new TextEdit(span, Location, text, _suggestion)], isSafe: false)]
                : [];
        init => _fixes = value;
    }

    /// <summary>
    /// A replacement for <see cref="Text"/>: the one a rule set, else the new text of the first fix that replaces
    /// exactly the finding's words. Kept for hosts that show one replacement; <see cref="Fixes"/> says more.
    /// </summary>
    public string? Suggestion
    {
        get => _suggestion ?? (_fixes.IsDefaultOrEmpty ? null
            : _fixes.FirstOrDefault(f => f.Edits is [var edit] && edit.Span == Span && edit.NewText.Length > 0)?.Edits[0].NewText);
        init => _suggestion = value;
    }

    /// <summary>Extra facts for tools (a score, a matched term), by name.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Set when an author's suppression covers the finding.</summary>
    public SuppressionInfo? Suppression { get; init; }

    /// <summary>Whether an author's suppression covers the finding.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>Creates a finding at <paramref name="location"/> with the descriptor's default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        return new Diagnostic(descriptor, location, descriptor.FormatMessage(messageArguments), descriptor.DefaultSeverity);
    }

    /// <summary>Creates a finding about <paramref name="span"/> of <paramref name="document"/>, with its words as <see cref="Text"/>.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, ReleaseDocument document, TextSpan span, params object?[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Create(descriptor, document.GetLocation(span), messageArguments) with { Text = document.GetText(span), Span = span };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Escalation is { } escalation ? $"{Location}: {Severity.ToName()} {Id}: {Message} (raised: {escalation.Reason})" : $"{Location}: {Severity.ToName()} {Id}: {Message}";
}
