namespace PublicityCheck.Text.Quotations;

/// <summary>How a release ties a quotation to its speaker.</summary>
public enum AttributionKind
{
    /// <summary>The attribution names the speaker: <c>Cllr Smith said:</c>, <c>"...," said Jane Smith.</c></summary>
    Explicit,

    /// <summary>The attribution uses a pronoun (<c>she added</c>) that refers to the last named speaker.</summary>
    Pronoun,

    /// <summary>No attribution of its own: the quotation continues the speaker of the one before it.</summary>
    Continuation,
}
