namespace PublicityCheck.Text.Quotations;

/// <summary>Where the release says who spoke, and so how sure the attribution is.</summary>
public enum AttributedBy
{
    /// <summary>The quotation's own sentence names the speaker: <c>Cllr Smith said: “...”</c>, <c>“...,” said Jane Smith.</c></summary>
    SameSentence,

    /// <summary>The paragraph before introduces the quotation or names the speaker: <c>The Chief Executive, Ann Lee, welcomed the award.</c></summary>
    PreviousParagraph,

    /// <summary>A later paragraph names the speaker: a quotation first, then <c>Those were the words of ...</c>, or a headline quote.</summary>
    LaterParagraph,

    /// <summary>No attribution of its own: it continues the speaker of the quotation before it.</summary>
    Continuation,

    /// <summary>A pronoun (<c>she added</c>) refers to the last person named as speaking.</summary>
    Pronoun,

    /// <summary>A first name alone (<c>Laura said</c>) resolved to the full name the release gives.</summary>
    FirstName,

    /// <summary>A surname alone or a shorter form (<c>Mr Patel said</c>) resolved to the full name the release gives.</summary>
    Surname,

    /// <summary>A title (<c>the Lord Mayor said</c>) resolved to the holder the release names.</summary>
    Title,

    /// <summary>A title resolved to its holder in the roster on the publication date.</summary>
    Roster,

    /// <summary>An unnamed spokesperson or officer speaking for a body (<c>a council spokesperson said</c>).</summary>
    Spokesperson,

    /// <summary>One of the signatories of a joint statement.</summary>
    Signatory,

    /// <summary>The sentence before, in the quotation's own paragraph, reports its speaker speaking: <c>Ann Lee explained the scheme. “...”</c></summary>
    PreviousSentence,
}
