namespace PublicityCheck.Classification;

/// <summary>
/// The party-political language classifier: a calibrated linear model over word and character n-grams, trained by
/// the training program (<c>src/PublicityCheck.Training</c>) with ML.NET and scored here without it. Immutable, so
/// one instance serves every thread; each thread keeps its own scratch buffers. Scoring allocates nothing.
/// </summary>
public sealed class PartisanModel : IPartisanScorer
{
    [ThreadStatic]
    private static ScoringScratch? t_scratch;

    private readonly float[] _weights;

    /// <summary>Creates a model.</summary>
    /// <param name="vocabulary">The features.</param>
    /// <param name="weights">One weight per feature, in index order.</param>
    /// <param name="bias">The bias of the linear score.</param>
    /// <param name="calibration">Maps the linear score to a probability.</param>
    /// <param name="threshold">The probability at and above which a sentence is called partisan.</param>
    internal PartisanModel(FeatureVocabulary vocabulary, IReadOnlyList<float> weights, double bias, PlattCalibration calibration, double threshold)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(calibration);
        if (weights.Count != vocabulary.Count)
        {
            throw new ArgumentException($"The model has {weights.Count} weights for {vocabulary.Count} features.", nameof(weights));
        }

        Vocabulary = vocabulary;
        _weights = [.. weights];
        Bias = bias;
        Calibration = calibration;
        Threshold = threshold;
    }

    /// <summary>The features.</summary>
    internal FeatureVocabulary Vocabulary { get; }

    /// <summary>The bias of the linear score.</summary>
    public double Bias { get; }

    /// <summary>Maps the linear score to a probability.</summary>
    internal PlattCalibration Calibration { get; }

    /// <summary>The probability at and above which a sentence is called partisan.</summary>
    public double Threshold { get; }

    /// <summary>The weight of the feature at <paramref name="index"/>.</summary>
    internal float WeightOf(int index) => _weights[index];

    /// <summary>The probability that <paramref name="sentence"/> is party-political.</summary>
    public double Score(ReadOnlySpan<char> sentence)
    {
        var scratch = Scratch();
        scratch.Text.Load(sentence);
        return Calibration.Probability(Bias + WordBlock(scratch, null).Dot + CharBlock(scratch).Dot);
    }

    /// <inheritdoc/>
    IReadOnlyList<double> IPartisanScorer.Score(IReadOnlyList<string> sentences) => ScoreEach(sentences, sentence => Score(sentence));

    // Each sentence scored on its own, in order: the batch of a scorer that has nothing to gain from batching.
    internal static double[] ScoreEach(IReadOnlyList<string> sentences, Func<string, double> score)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var scores = new double[sentences.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = score(sentences[i]);
        }

        return scores;
    }

    /// <inheritdoc/>
    PartisanScore IPartisanScorer.Classify(string sentence) => Classify(sentence);

    /// <summary>The probability, the verdict and the n-grams that pushed the score up most.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="maxReasons">How many n-grams to give at most.</param>
    public PartisanScore Classify(string sentence, int maxReasons = 3)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var scratch = Scratch();
        var text = scratch.Text;
        text.Load(sentence);
        var hits = new List<(int First, int Count, int Index)>();
        var (wordDot, wordNorm) = WordBlock(scratch, hits);
        var (charDot, charNorm) = CharBlock(scratch);
        var probability = Calibration.Probability(Bias + wordDot + charDot);
        var evidence = new NgramEvidence(text, sentence);
        foreach (var (first, count, index) in hits)
        {
            evidence.AddPhrase(first, count, _weights[index] / wordNorm);
        }

        if (charNorm > 0)
        {
            var settings = Vocabulary.Settings;
            for (var n = settings.CharNgramMin; n <= settings.CharNgramMax; n++)
            {
                for (var start = 0; start + n <= text.Length; start++)
                {
                    var index = Vocabulary.CharIndex(text.Chars.Slice(start, n));
                    if (index >= 0)
                    {
                        evidence.AddCharacters(start, n, _weights[index] / charNorm);
                    }
                }
            }
        }

        return new PartisanScore(probability, probability >= Threshold, evidence.Strongest(maxReasons));
    }

    private (double Dot, double Norm) WordBlock(ScoringScratch scratch, List<(int First, int Count, int Index)>? hits)
    {
        var text = scratch.Text;
        var touched = 0;
        for (var n = 1; n <= Vocabulary.Settings.WordNgramLength; n++)
        {
            for (var first = 0; first + n <= text.TokenCount; first++)
            {
                var index = Vocabulary.WordIndex(text.Tokens(first, n));
                if (index >= 0)
                {
                    touched = scratch.Touch(index, touched);
                    hits?.Add((first, n, index));
                }
            }
        }

        return scratch.Drain(_weights, touched);
    }

    private (double Dot, double Norm) CharBlock(ScoringScratch scratch)
    {
        var settings = Vocabulary.Settings;
        if (settings.CharNgramMin <= 0)
        {
            return (0, 0);
        }

        var chars = scratch.Text.Chars;
        var table = Vocabulary.CharTable;
        var touched = 0;
        for (var start = 0; start + settings.CharNgramMin <= chars.Length; start++)
        {
            var hash = CharNgramTable.Start;
            var longest = Math.Min(settings.CharNgramMax, chars.Length - start);
            for (var n = 1; n <= longest; n++)
            {
                hash = CharNgramTable.Extend(hash, chars[start + n - 1]);
                if (n >= settings.CharNgramMin)
                {
                    var index = table.IndexOf(hash);
                    if (index >= 0)
                    {
                        touched = scratch.Touch(index, touched);
                    }
                }
            }
        }

        return scratch.Drain(_weights, touched);
    }

    private ScoringScratch Scratch()
    {
        var scratch = t_scratch;
        if (scratch is null || scratch.Capacity < _weights.Length)
        {
            scratch = t_scratch = new ScoringScratch(_weights.Length);
        }

        return scratch;
    }
}
