namespace PublicityCheck.Text.Quotations;

/// <summary>The words of an attribution that say who spoke, before they are resolved to a person.</summary>
/// <param name="Subject">The subject: <c>Councillor Jane Smith, Leader of the Council</c>, <c>she</c>, <c>a spokesperson for the trust</c>.</param>
/// <param name="Start">The subject's offset in the document's text.</param>
/// <param name="Strong">Whether the attribution plainly introduces speech (a colon, a comma, a dash or a speech verb next to the mark).</param>
/// <param name="Where">Where it was found: the quotation's own sentence, or the paragraph before that introduces it (<c>... said:</c>).</param>
internal sealed record Attribution(string Subject, int Start, bool Strong, AttributedBy Where = AttributedBy.SameSentence);
