using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Diagnostics;

/// <summary>A finding: a rule, where it applies, what it says, and how serious it is.</summary>
public sealed record Diagnostic
{
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

    /// <summary>A suggested replacement for <see cref="Text"/>, where the rule has one.</summary>
    public string? Suggestion { get; init; }

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
        return Create(descriptor, document.GetLocation(span), messageArguments) with { Text = document.GetText(span) };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Escalation is { } escalation ? $"{Location}: {Severity.ToName()} {Id}: {Message} (raised: {escalation.Reason})" : $"{Location}: {Severity.ToName()} {Id}: {Message}";
}
