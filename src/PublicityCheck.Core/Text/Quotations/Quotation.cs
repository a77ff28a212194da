using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>A passage of speech quoted in a release, and who said it.</summary>
/// <param name="Span">From the opening quotation mark to the closing one in <see cref="ReleaseDocument.Text"/>; it may run over several blocks.</param>
/// <param name="Parts">The inner text of each paragraph of the quotation, without the quotation marks.</param>
/// <param name="Text">The parts joined with <c>"\n"</c>.</param>
/// <param name="Speaker">Who said it, or null when the release does not say.</param>
public sealed record Quotation(TextSpan Span, ImmutableArray<TextSpan> Parts, string Text, SpeakerMention? Speaker);
