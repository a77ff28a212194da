using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;

namespace PublicityCheck.Configuration;

/// <summary>
/// A rule written as data, without code, like Vale's existence and substitution rules: any of <see cref="Match"/>
/// in a release gives a finding with <see cref="Message"/>, and a suggested replacement when <see cref="Suggest"/>
/// is set. A team writes its own in <c>publicitycheck.json</c>; PublicityCheck's word-list rules are written the
/// same way, one file a rule, under <c>lexicons/</c>.
/// </summary>
/// <param name="Id">The rule id, letters then digits; a team's own does not start <c>PC</c> (for example <c>LOCAL001</c>).</param>
/// <param name="Match">The phrases, in the word-list format of <see cref="Text.PhraseList"/>.</param>
/// <param name="Message">
/// What the finding says. <c>{match}</c> stands for the words found, and in a rule that applies
/// <see cref="PhraseCondition.PreElectionPeriod"/> <c>{election}</c> and <c>{periodEnd}</c> for the election and the
/// day its period ends; a message without <c>{match}</c> follows the words found.
/// </param>
/// <param name="Severity">The rule's default severity.</param>
/// <param name="Suggest">The replacement to suggest, or null.</param>
/// <param name="Origin">Where the rule is written.</param>
public sealed record PhraseRule(string Id, ImmutableArray<string> Match, string Message, DiagnosticSeverity Severity, string? Suggest, SettingOrigin Origin)
{
    /// <summary>The category of a phrase rule that names none.</summary>
    public const string DefaultCategory = "Configured phrases";

    /// <summary>The placeholders a message may use, in the order of the descriptor's arguments.</summary>
    public static ImmutableArray<string> Placeholders { get; } = ["{match}", "{election}", "{periodEnd}"];

    /// <summary>A short title; by default the message.</summary>
    public string Title { get; init; } = Message;

    /// <summary>The rule family.</summary>
    public string Category { get; init; } = DefaultCategory;

    /// <summary>What the rule checks and why, or null to describe it by its phrases.</summary>
    public string? Description { get; init; }

    /// <summary>The rule's page, or null for the file that defines it.</summary>
    public Uri? HelpUri { get; init; }

    /// <summary>Where the phrases are looked for, and how far <see cref="Unless"/> reaches.</summary>
    public PhraseScope Scope { get; init; } = PhraseScope.Block;

    /// <summary>When the rule applies at all.</summary>
    public PhraseCondition When { get; init; } = PhraseCondition.Always;

    /// <summary>Kinds of release the rule does not apply to.</summary>
    public ImmutableArray<ReleaseKind> ExceptReleaseKinds { get; init; } = [];

    /// <summary>Phrases that, anywhere in the same block or sentence (<see cref="Scope"/>), make a match not a finding.</summary>
    public ImmutableArray<string> Unless { get; init; } = [];

    /// <summary>
    /// Phrases that, anywhere in the release (headline, body, notes), make the rule not apply to it: words that give
    /// the rule's phrases another sense throughout, such as "children's mayor" for a young people's manifesto.
    /// </summary>
    public ImmutableArray<string> UnlessInRelease { get; init; } = [];

    /// <summary>A key that differs whenever the rule's behaviour does.</summary>
    public string Fingerprint => string.Join(
        '\u001f',
        [
            Id, .. Match, Message, Severity.ToString(), Suggest ?? string.Empty, Title, Category, Description ?? string.Empty,
            Scope.ToString(), When.ToString(), .. ExceptReleaseKinds.Select(k => k.ToName()), "unless", .. Unless, "unlessInRelease", .. UnlessInRelease,
        ]);

    /// <summary>The rule's descriptor; its help link is <see cref="HelpUri"/>, or the file that defines the rule.</summary>
    public DiagnosticDescriptor ToDescriptor() => new(
        Id,
        Title,
        MessageFormat(),
        Category,
        Severity,
        Description ?? $"A phrase rule from {Origin.File}: any of {string.Join(", ", Match.Select(m => "'" + m + "'"))}.",
        HelpUri ?? new Uri(Path.GetFullPath(Origin.File)));

    // The message as a format: the placeholders become the arguments the phrase analyzer passes, in their order.
    private string MessageFormat()
    {
        var format = Escape(Message);
        for (var i = 0; i < Placeholders.Length; i++)
        {
            format = format.Replace(Escape(Placeholders[i]), "{" + i + "}", StringComparison.Ordinal);
        }

        if (!Message.Contains(Placeholders[0], StringComparison.Ordinal))
        {
            format = "'{0}': " + format;
        }

        return Suggest is null ? format : format + " (suggest '" + Escape(Suggest) + "')";
    }

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
