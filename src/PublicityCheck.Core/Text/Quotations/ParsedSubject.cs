namespace PublicityCheck.Text.Quotations;

/// <summary>What the subject of an attribution says: a person's name, a pronoun, or some other speaker, and a role.</summary>
/// <param name="Person">The person named, with its offset in the document, or null.</param>
/// <param name="IsPronoun">Whether the subject is a pronoun (<c>she</c>).</param>
/// <param name="Other">A speaker that is not a named person (<c>spokesperson for the trust</c>, <c>Leader</c>), or null.</param>
/// <param name="OtherStart">The offset of <paramref name="Other"/>.</param>
/// <param name="Role">The role stated beside the name, or null.</param>
/// <param name="RoleStart">The offset of <paramref name="Role"/>.</param>
internal sealed record ParsedSubject(PersonName? Person, bool IsPronoun, string? Other, int OtherStart, string? Role, int RoleStart);
