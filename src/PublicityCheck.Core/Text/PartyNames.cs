namespace PublicityCheck.Text;

/// <summary>
/// The political parties and council groups a release might name (<c>lexicons/partisan/party-names.txt</c>), read once:
/// what PC0202 and PC0306 report, and what sends a sentence to the classifier's sentence encoder whatever its n-gram
/// score.
/// </summary>
internal static class PartyNames
{
    private static readonly Lazy<PhraseList> Names = new(() => PhraseList.FromLexicon("partisan/party-names.txt"));

    /// <summary>The list.</summary>
    public static PhraseList List => Names.Value;

    /// <summary>Whether <paramref name="text"/> names a party or group anywhere, in any sense.</summary>
    public static bool In(string text) => List.Matches(text).Any();
}
