using System.Text.RegularExpressions;

namespace PublicityCheck.Text.Quotations;

/// <summary>The verbs that introduce or follow a quotation: <c>said</c>, <c>added</c>, <c>explained</c>...</summary>
internal static partial class SpeechVerbs
{
    private const string Verbs =
        "said|says|say|saying|added|adds|adding|explained|explains|commented|comments|continued|continues|told|tells|" +
        "stated|states|noted|notes|urged|urges|welcomed|welcomes|remarked|remarks|replied|replies|responded|responds|" +
        "insisted|insists|warned|warns|emphasised|emphasises|emphasized|emphasizes|stressed|stresses|acknowledged|" +
        "admitted|agreed|agrees|announced|announces|argued|argues|observed|concluded|reflected|recalled|declared|" +
        "confirmed|confirms|highlighted|highlights|praised|enthused|joked|wrote|writes|explaining|commenting|" +
        "pointed out|points out|went on|goes on|paid tribute|pays tribute";

    /// <summary>A speech verb as a whole word.</summary>
    public static Regex Verb { get; } = VerbRegex();

    /// <summary>Whether <paramref name="text"/> starts with a speech verb.</summary>
    public static bool StartsWithVerb(ReadOnlySpan<char> text) => VerbAtStart().IsMatch(text);

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbRegex();

    [GeneratedRegex(@"^(?:" + Verbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbAtStart();
}
