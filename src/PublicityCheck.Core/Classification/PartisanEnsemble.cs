using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Classification;

/// <summary>
/// The party-political language classifier as shipped: the n-gram model (<see cref="PartisanModel"/>) and a logistic
/// regression over the sentence encoder's vector (<see cref="SentenceEncoder"/>), combined by a second logistic
/// regression trained on both models' out-of-fold scores. The n-gram model knows the corpus's wording; the encoder
/// knows English, and carries a reading to sentences worded as the corpus never was. The encoder costs milliseconds a
/// sentence where the n-gram model costs microseconds, so it runs only on sentences the n-gram model scores at or above
/// <see cref="Gate"/>, and is loaded only when a release has one. Immutable and thread-safe.
/// </summary>
internal sealed class PartisanEnsemble
{
    private readonly float[] _encoderWeights;
    private readonly Func<SentenceEncoder> _encoder;

    public PartisanEnsemble(
        PartisanModel ngrams,
        IReadOnlyList<float> encoderWeights,
        double encoderBias,
        EnsembleWeights weights,
        double gate,
        double threshold,
        Func<SentenceEncoder> encoder)
    {
        ArgumentNullException.ThrowIfNull(ngrams);
        ArgumentNullException.ThrowIfNull(encoderWeights);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(encoder);
        if (encoderWeights.Count != SentenceEncoder.Dimensions)
        {
            throw new ArgumentException($"The encoder's regression has {encoderWeights.Count} weights for {SentenceEncoder.Dimensions} dimensions.", nameof(encoderWeights));
        }

        if (!(gate is >= 0 and <= 1) || !(threshold is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(gate), "The gate and the threshold are probabilities.");
        }

        Ngrams = ngrams;
        _encoderWeights = [.. encoderWeights];
        EncoderBias = encoderBias;
        Weights = weights;
        Gate = gate;
        Threshold = threshold;
        _encoder = encoder;
    }

    /// <summary>The n-gram model, whose evidence also explains a finding.</summary>
    public PartisanModel Ngrams { get; }

    /// <summary>The bias of the encoder's regression.</summary>
    public double EncoderBias { get; }

    /// <summary>How the two models' scores combine.</summary>
    public EnsembleWeights Weights { get; }

    /// <summary>The n-gram probability under which a sentence is not given to the encoder.</summary>
    public double Gate { get; }

    /// <summary>The combined probability at and above which a sentence is called partisan.</summary>
    public double Threshold { get; }

    /// <summary>The weight of the encoder's dimension <paramref name="index"/>.</summary>
    public float EncoderWeightOf(int index) => _encoderWeights[index];

    /// <summary>The encoder regression's linear score of a sentence vector.</summary>
    public double EncoderScore(ReadOnlySpan<float> vector)
    {
        var score = EncoderBias;
        for (var d = 0; d < _encoderWeights.Length; d++)
        {
            score += _encoderWeights[d] * vector[d];
        }

        return score;
    }

    /// <summary>The probability that each sentence is party-political, in order; the encoder sees only those past the gate.</summary>
    public double[] Score(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ngram = new double[sentences.Count];
        var past = new List<int>();
        for (var i = 0; i < ngram.Length; i++)
        {
            ngram[i] = Ngrams.Score(sentences[i]);
            if (ngram[i] >= Gate)
            {
                past.Add(i);
            }
        }

        var scores = new double[ngram.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Weights.Combine(ngram[i], Weights.EncoderBelowGate);
        }

        if (past.Count > 0)
        {
            var vectors = _encoder().Encode([.. past.Select(i => sentences[i])]);
            for (var j = 0; j < past.Count; j++)
            {
                scores[past[j]] = Weights.Combine(ngram[past[j]], EncoderScore(vectors[j]));
            }
        }

        return scores;
    }

    /// <summary>The combined probability, the verdict, and the phrases of the n-gram model's evidence.</summary>
    public PartisanScore Classify(string sentence, int maxReasons = 3)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var probability = Score([sentence])[0];
        var evidence = Ngrams.Classify(sentence, maxReasons);
        return new PartisanScore(probability, probability >= Threshold, evidence.Reasons);
    }
}

/// <summary>
/// The second-level regression: probability = σ(<see cref="Ngram"/> × logit(n-gram probability) + <see cref="Encoder"/>
/// × encoder score + <see cref="Bias"/>).
/// </summary>
/// <param name="Ngram">The weight of the n-gram model's log-odds.</param>
/// <param name="Encoder">The weight of the encoder regression's score.</param>
/// <param name="Bias">The bias.</param>
/// <param name="EncoderBelowGate">The encoder score a sentence under the gate is combined with: the median of the neutral training sentences'.</param>
internal sealed record EnsembleWeights(double Ngram, double Encoder, double Bias, double EncoderBelowGate)
{
    /// <summary>The combined probability.</summary>
    public double Combine(double ngramProbability, double encoderScore)
    {
        var p = Math.Clamp(ngramProbability, 1e-6, 1 - 1e-6);
        var z = (Ngram * Math.Log(p / (1 - p))) + (Encoder * encoderScore) + Bias;
        return 1 / (1 + Math.Exp(-z));
    }
}
