namespace PublicityCheck.Classification;

/// <summary>Where the word and character n-grams of a normalised sentence are, as (start, length) slices.</summary>
internal static class NgramSlices
{
    public static IEnumerable<(int Start, int Length)> Words(NormalizedText text, FeatureSettings settings)
    {
        for (var n = 1; n <= settings.WordNgramLength; n++)
        {
            for (var first = 0; first + n <= text.TokenCount; first++)
            {
                var start = text.TokenStart(first);
                yield return (start, text.TokenEnd(first + n - 1) - start);
            }
        }
    }

    public static IEnumerable<(int Start, int Length)> Characters(NormalizedText text, FeatureSettings settings)
    {
        if (settings.CharNgramMin <= 0)
        {
            yield break;
        }

        for (var n = settings.CharNgramMin; n <= settings.CharNgramMax; n++)
        {
            for (var start = 0; start + n <= text.Length; start++)
            {
                yield return (start, n);
            }
        }
    }
}
