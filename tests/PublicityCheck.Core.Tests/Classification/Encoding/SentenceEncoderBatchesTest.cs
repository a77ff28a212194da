using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

/// <summary>
/// How a call's sentences, sorted by length, are cut into batches: of at most 32 for one core (one for the int8 model);
/// for a load that uses every core, at least one a core, of about equal shares of the characters.
/// </summary>
public class SentenceEncoderBatchesTest
{
    private static (List<int> Missing, string[] Sentences) Sorted(params int[] lengths)
    {
        var sentences = lengths.Order().Select((n, i) => new string((char)('a' + (i % 26)), n)).ToArray();
        return ([.. Enumerable.Range(0, sentences.Length)], sentences);
    }

    private static int[] Sizes(List<List<int>> batches) => [.. batches.Select(b => b.Count)];

    [Fact]
    public void Batches_OnOneCore_AreThirtyTwoSentencesInOrder()
    {
        var (missing, sentences) = Sorted([.. Enumerable.Range(1, 70)]);

        var batches = SentenceEncoder.Batches(missing, sentences, cores: 1);

        Assert.Equal([32, 32, 6], Sizes(batches));
        Assert.Equal(missing, batches.SelectMany(b => b));
    }

    [Fact]
    public void Batches_OnTwoCores_SplitsSentencesOfOneLengthInHalves()
    {
        var (missing, sentences) = Sorted(40, 40, 40, 40, 40, 40, 40, 40, 40, 40);

        Assert.Equal([5, 5], Sizes(SentenceEncoder.Batches(missing, sentences, cores: 2)));
    }

    [Fact]
    public void Batches_OnTwoCores_GivesEachAboutHalfTheCharacters()
    {
        var (missing, sentences) = Sorted(20, 25, 30, 35, 40, 60, 80, 120, 160, 200);

        var batches = SentenceEncoder.Batches(missing, sentences, cores: 2);

        var characters = batches.Select(b => b.Sum(i => sentences[i].Length)).ToList();
        Assert.Equal(2, batches.Count);
        Assert.True(Math.Abs(characters[0] - characters[1]) <= 200, $"shares {characters[0]} and {characters[1]}");
        Assert.Equal(missing, batches.SelectMany(b => b));
    }

    [Fact]
    public void Batches_OnManyCores_NeverHoldsMoreThanThirtyTwo()
    {
        var (missing, sentences) = Sorted([.. Enumerable.Repeat(50, 100)]);

        var batches = SentenceEncoder.Batches(missing, sentences, cores: 2);

        Assert.All(batches, b => Assert.InRange(b.Count, 1, 32));
        Assert.Equal(100, batches.Sum(b => b.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Batches_OfOneSentenceEach_GiveEverySentenceARunOfItsOwnInOrder(int cores)
    {
        var (missing, sentences) = Sorted(20, 25, 30, 35, 40);

        var batches = SentenceEncoder.Batches(missing, sentences, cores, batchSize: 1);

        Assert.Equal([1, 1, 1, 1, 1], Sizes(batches));
        Assert.Equal(missing, batches.SelectMany(b => b));
    }

    [Fact]
    public void Batches_OfOneSentence_IsOneBatchWhateverTheCores()
    {
        var (missing, sentences) = Sorted(80);

        Assert.Equal([1], Sizes(SentenceEncoder.Batches(missing, sentences, cores: 8)));
    }

    [Fact]
    public void Batches_OfNothing_IsNone()
    {
        Assert.Empty(SentenceEncoder.Batches([], [], cores: 4));
    }
}
