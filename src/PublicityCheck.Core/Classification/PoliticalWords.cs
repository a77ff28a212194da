using PublicityCheck.Text;

namespace PublicityCheck.Classification;

/// <summary>
/// Words of party politics that name no party (<c>lexicons/partisan/political-words.txt</c>: "coalition", "opposition",
/// "minority", "manifesto", "lobbying"), read once: with <see cref="PartisanEnsemble.GatesOnPoliticalWords"/>, a sentence
/// that holds one goes to the sentence encoder whatever its n-gram score, as one that names a party does.
/// </summary>
internal static class PoliticalWords
{
    private static readonly Lazy<PhraseList> Words = new(() => PhraseList.FromLexicon("partisan/political-words.txt"));

    /// <summary>The list.</summary>
    public static PhraseList List => Words.Value;
}
