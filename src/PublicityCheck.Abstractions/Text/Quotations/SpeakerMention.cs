using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>The person (or body) a quotation is attributed to.</summary>
/// <param name="Name">The name at its fullest as the release gives it (<c>Councillor Jane Smith</c>), even where this quotation says <c>Cllr Smith</c> or <c>she</c>.</param>
/// <param name="NameSpan">Where this quotation's attribution names the speaker, or null when it uses a pronoun or none at all.</param>
/// <param name="Title">The title of <see cref="Name"/>: <c>Councillor</c>, <c>Cllr</c>, <c>Mayor</c>, <c>Dr</c>, <c>Mr</c>... or null.</param>
/// <param name="RoleText">The speaker's stated role (<c>Leader of the Council</c>, <c>Chief Executive</c>), or null.</param>
/// <param name="RoleSpan">Where <see cref="RoleText"/> is stated, or null.</param>
/// <param name="How">How the release attributes the quotation.</param>
public sealed record SpeakerMention(string Name, TextSpan? NameSpan, string? Title, string? RoleText, TextSpan? RoleSpan, AttributionKind How)
{
    /// <summary>Where the release says who spoke: the quotation's own sentence, a paragraph before or after it, a pronoun, a shorter name, a title...</summary>
    public AttributedBy AttributedBy { get; init; } = AttributedBy.SameSentence;
}
