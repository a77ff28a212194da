using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Configuration;

/// <summary>
/// A rule a team writes in <c>publicitycheck.json</c> without code, like Vale's existence and substitution rules:
/// any of <see cref="Match"/> in a release gives a finding with <see cref="Message"/>, and a suggested replacement
/// when <see cref="Suggest"/> is set.
/// </summary>
/// <param name="Id">The rule id, letters then digits, not starting <c>PC</c> (for example <c>LOCAL001</c>).</param>
/// <param name="Match">The phrases, in the word-list format of <see cref="Text.PhraseList"/>.</param>
/// <param name="Message">What the finding says.</param>
/// <param name="Severity">The rule's default severity.</param>
/// <param name="Suggest">The replacement to suggest, or null.</param>
/// <param name="Origin">Where the rule is written.</param>
public sealed record PhraseRule(string Id, ImmutableArray<string> Match, string Message, DiagnosticSeverity Severity, string? Suggest, SettingOrigin Origin)
{
    /// <summary>The category of every phrase rule.</summary>
    public const string Category = "Configured phrases";

    /// <summary>A key that differs whenever the rule's behaviour does.</summary>
    public string Fingerprint => string.Join('\u001f', [Id, .. Match, Message, Severity.ToString(), Suggest ?? string.Empty]);

    /// <summary>The rule's descriptor; its help link is the configuration file that defines it.</summary>
    public DiagnosticDescriptor ToDescriptor() => new(
        Id,
        Message,
        Suggest is null ? "'{0}': " + Escape(Message) : "'{0}': " + Escape(Message) + " (suggest '" + Escape(Suggest) + "')",
        Category,
        Severity,
        $"A phrase rule from {Origin.File}: any of {string.Join(", ", Match.Select(m => "'" + m + "'"))}.",
        new Uri(Path.GetFullPath(Origin.File)));

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
