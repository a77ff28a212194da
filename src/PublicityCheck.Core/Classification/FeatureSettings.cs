namespace PublicityCheck.Classification;

/// <summary>How a sentence is turned into features: word n-grams up to a length, and character n-grams in a range.</summary>
/// <param name="WordNgramLength">The longest word n-gram (1 for single words only).</param>
/// <param name="CharNgramMin">The shortest character n-gram; 0 for no character n-grams.</param>
/// <param name="CharNgramMax">The longest character n-gram.</param>
internal sealed record FeatureSettings(int WordNgramLength, int CharNgramMin, int CharNgramMax)
{
    /// <summary>The settings the shipped model uses: word 1-2 grams and character 3-5 grams.</summary>
    public static FeatureSettings Default { get; } = new(2, 3, 5);

    /// <inheritdoc/>
    public override string ToString() =>
        CharNgramMin == 0 ? $"words 1-{WordNgramLength}" : $"words 1-{WordNgramLength}, chars {CharNgramMin}-{CharNgramMax}";
}
