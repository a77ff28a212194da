using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>A passage of speech quoted in a release, and who said it.</summary>
/// <param name="Span">From the opening quotation mark to the closing one in <see cref="ReleaseDocument.Text"/>; it may run over several blocks.</param>
/// <param name="Parts">The inner text of each paragraph of the quotation, without the quotation marks.</param>
/// <param name="Text">The parts joined with <c>"\n"</c>.</param>
/// <param name="Speaker">Who said it (the first signatory of a joint statement), or null when the release does not say.</param>
public sealed record Quotation(TextSpan Span, ImmutableArray<TextSpan> Parts, string Text, SpeakerMention? Speaker)
{
    /// <summary>Every signatory of a joint statement, in the order the release names them; empty for one speaker.</summary>
    public ImmutableArray<SpeakerMention> Signatories { get; init; } = [];

    /// <summary>Where the quotation marks were mistyped and how they were read: a closing mark typed as an opening one, a stray mark, mojibake, a missing closing mark.</summary>
    public ImmutableArray<QuoteMarkRepair> Repairs { get; init; } = [];

    /// <summary>Who said it: every signatory of a joint statement, else the speaker alone, else none.</summary>
    public ImmutableArray<SpeakerMention> Speakers =>
        !Signatories.IsDefaultOrEmpty ? Signatories
        : Speaker is null ? []
        : [Speaker];
}
