using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using PublicityCheck.Classification.Encoding;
using PublicityCheck.Diagnostics;
using PublicityCheck.Text;

namespace PublicityCheck.Classification;

/// <summary>
/// The party-political language classifier as shipped: the n-gram model (<see cref="PartisanModel"/>), a logistic
/// regression over the sentence encoder's vector (<see cref="SentenceEncoder"/>) and, when the model has them, a vote of
/// the training sentences nearest that vector (<see cref="NeighbourVote"/>) and a small network over it
/// (<see cref="NetworkHead"/>), combined by a second logistic regression trained on their out-of-fold scores. The
/// n-gram model knows the corpus's wording; the encoder knows English, and carries a reading to sentences worded as the
/// corpus never was; the vote and the network follow the corpus's local shape where one linear boundary cannot. The encoder costs milliseconds a
/// sentence where the n-gram model costs microseconds, so it runs only on sentences the n-gram model scores at or above
/// <see cref="Gate"/>, that name a party (<see cref="GatesOnPartyNames"/>) or hold a word of party politics
/// (<see cref="GatesOnPoliticalWords"/>), or that hold a frame the model weighs (a credit
/// claim, a party's voice), at most <see cref="MaxEncodedSentences"/>
/// of them a call, and is loaded only when a release has one. Immutable and thread-safe.
/// </summary>
internal sealed class PartisanEnsemble : IPartisanScorer
{
    /// <summary>Sentences of one call the encoder scores at most (a long real release has a hundred or two).</summary>
    public const int MaxEncodedSentences = 256;

    // Candidates taken out of a sentence to explain it, at most: a long sentence is explained by its first words.
    private const int MaxOcclusions = 48;

    // A phrase whose removal lowers the log-odds by less than this explains nothing worth naming (about 0.01 of
    // probability at the threshold).
    private const double MinimumDrop = 0.1;

    // A phrase that explains less than this share of what the strongest explains is not named beside it.
    private const double WeakestShare = 0.25;

    // Sentences whose combined score is kept, at most.
    private const int KnownCapacity = 20_000;

    private readonly ConcurrentDictionary<string, double> _known = new(StringComparer.Ordinal);
    private readonly float[] _encoderWeights;
    private readonly Func<ISentenceEncoder> _encoder;

    public PartisanEnsemble(
        PartisanModel ngrams,
        IReadOnlyList<float> encoderWeights,
        double encoderBias,
        EnsembleWeights weights,
        double gate,
        double threshold,
        Func<ISentenceEncoder> encoder,
        NeighbourVote? neighbours = null,
        NetworkHead? network = null)
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

        if (neighbours is not null && neighbours.Dimensions != SentenceEncoder.Dimensions)
        {
            throw new ArgumentException($"The neighbour vote's vectors have {neighbours.Dimensions} numbers, not {SentenceEncoder.Dimensions}.", nameof(neighbours));
        }

        if (network is not null && network.Inputs != SentenceEncoder.Dimensions)
        {
            throw new ArgumentException($"The network takes {network.Inputs} numbers, not {SentenceEncoder.Dimensions}.", nameof(network));
        }

        Ngrams = ngrams;
        _encoderWeights = [.. encoderWeights];
        EncoderBias = encoderBias;
        Weights = weights;
        Gate = gate;
        Threshold = threshold;
        _encoder = encoder;
        Neighbours = neighbours;
        Network = network;
    }

    /// <summary>The n-gram model, whose evidence also explains a finding.</summary>
    public PartisanModel Ngrams { get; }

    /// <summary>
    /// The precision of the encoder whose vectors the encoder's regression was trained on, and which it must be given
    /// (the vectors of an int8 encoder differ slightly from float32's).
    /// </summary>
    public EncoderPrecision EncoderPrecision { get; init; } = EncoderPrecision.Float32;

    /// <summary>
    /// The digest of the encoder tuning (<see cref="Encoding.EncoderTuning.Digest"/>) whose vectors the heads were
    /// trained on, or null for the encoder as published. The tuned and untuned vectors differ, so an ensemble runs only
    /// with the encoder it names.
    /// </summary>
    public string? EncoderTuning { get; init; }

    /// <summary>The bias of the encoder's regression.</summary>
    public double EncoderBias { get; }

    /// <summary>The vote of the nearest training sentences, or null when the model combines the n-gram model and the encoder's regression alone.</summary>
    public NeighbourVote? Neighbours { get; }

    /// <summary>The network over the encoder's vector, or null when the model combines no network.</summary>
    public NetworkHead? Network { get; }

    /// <summary>How the models' scores combine.</summary>
    public EnsembleWeights Weights { get; }

    /// <summary>The n-gram probability under which a sentence is not given to the encoder, unless it names a party.</summary>
    public double Gate { get; }

    /// <summary>
    /// Whether a sentence that names a party or council group (<see cref="PartyNames"/>) is given to the encoder
    /// whatever the n-gram model scores it. The n-gram model knows the corpus's wording, and a sentence that names a
    /// party in words the corpus never used (an attack in a reporter's words, a party of Northern Ireland) can score
    /// near zero there and still be the sentence a reader takes as political; naming a party is the cheapest sign
    /// that a sentence deserves the whole model. Off for a model file that does not say so, which keeps its figures.
    /// </summary>
    public bool GatesOnPartyNames { get; init; }

    /// <summary>
    /// Whether every sentence that holds a word of party politics naming no party ("coalition", "opposition", "an
    /// unrepresentative minority", "lobbying"; <see cref="PoliticalWords"/>) is also read by the encoder. A sentence
    /// can take a side without a party's name or any wording the n-gram model knows ("a council controlled by a
    /// particular party"); these words are rare in a council's own releases, so reading their sentences costs little.
    /// Off for a model file that does not say so, which keeps its figures.
    /// </summary>
    public bool GatesOnPoliticalWords { get; init; }

    /// <summary>Whether the encoder reads <paramref name="sentence"/> when it is scored: it passes the gate, names a party or holds a frame.</summary>
    public bool PassesGate(string sentence) => PassesGate(sentence, Ngrams.Score(sentence)) || IsFramed(sentence);

    /// <summary>The same model with another gate: what the figures at other gates are measured with.</summary>
    public PartisanEnsemble WithGate(double gate, bool gatesOnPartyNames, bool gatesOnPoliticalWords = false) =>
        new(Ngrams, _encoderWeights, EncoderBias, Weights, gate, Threshold, _encoder, Neighbours, Network)
        {
            EncoderPrecision = EncoderPrecision,
            EncoderTuning = EncoderTuning,
            GatesOnPartyNames = gatesOnPartyNames,
            GatesOnPoliticalWords = gatesOnPoliticalWords,
        };

    // A sentence goes to the encoder when the n-gram model gives it a chance, when it names a party or holds a word of
    // party politics, or when it holds a frame the model weighs (a credit claim, a party's voice, the council's executive
    // accusing another side): the frame already marks it political, and under the gate its score would rest on the
    // n-gram model alone ("my group took over" in a plain sentence about bins). This is the first three; the frames are
    // looked for last, and only for a sentence these have not let through.
    private bool PassesGate(string sentence, double ngram)
    {
        if (ngram >= Gate)
        {
            return true;
        }

        if (!GatesOnPartyNames && !GatesOnPoliticalWords)
        {
            return false;
        }

        // Most sentences of a release are under the gate: each is cut into words once for both lists.
        var tokens = WordTokens.Of(sentence);
        return (GatesOnPartyNames && PartyNames.List.Matches(sentence, tokens).Any())
            || (GatesOnPoliticalWords && PoliticalWords.List.Matches(sentence, tokens).Any());
    }

    /// <summary>The combined probability at and above which a sentence is called partisan.</summary>
    public double Threshold { get; }

    /// <summary>
    /// Loads the sentence encoder now, if it is not loaded yet, rather than when a sentence first passes the gate; a
    /// host calls it on another thread to overlap the load with reading a release.
    /// </summary>
    internal void LoadEncoder() => _encoder();

    /// <summary>The weight of the encoder's dimension <paramref name="index"/>.</summary>
    public float EncoderWeightOf(int index) => _encoderWeights[index];

    /// <summary>
    /// The combined probability of a sentence the n-gram model scores <paramref name="ngramProbability"/> and the encoder
    /// gives <paramref name="vector"/>; <paramref name="creditClaim"/> is 1 when it holds a credit claim's frame (<see cref="CreditClaimOf"/>),
    /// <paramref name="partyVoice"/> 1 when it speaks as a party or a candidate (<see cref="PartyVoiceOf"/>),
    /// <paramref name="reportedAccusation"/> 1 when it is a reporter's account of an accusation and -1 when the council's own executive accuses another side (<see cref="ReportedAccusationOf"/>).
    /// </summary>
    public double Combine(double ngramProbability, ReadOnlySpan<float> vector, double creditClaim = 0, double partyVoice = 0, double reportedAccusation = 0) =>
        Weights.Combine(
            ngramProbability,
            EncoderScore(vector),
            Neighbours?.Score(vector) ?? Weights.NeighboursBelowGate,
            Network?.Score(vector) ?? Weights.NetworkBelowGate,
            creditClaim,
            partyVoice,
            reportedAccusation);

    /// <summary>
    /// 1 when <paramref name="sentence"/> holds a credit claim's frame (<see cref="CreditClaims"/>) and the model weighs
    /// it, else 0; a model that does not read the frame never looks for it.
    /// </summary>
    public double CreditClaimOf(string sentence) => Weights.CreditClaim != 0 && CreditClaims.Find(sentence) is not null ? 1 : 0;

    /// <summary>
    /// 1 when <paramref name="sentence"/> speaks as a party or a candidate (<see cref="PartyVoice"/>) and the model weighs
    /// it, else 0; a model that does not read the frame never looks for it.
    /// </summary>
    public double PartyVoiceOf(string sentence) => Weights.PartyVoice != 0 && PartyVoice.Find(sentence) is not null ? 1 : 0;

    /// <summary>
    /// 1 when <paramref name="sentence"/> is a reporter's account of one side accusing another, -1 when the council's own
    /// executive accuses another side (<see cref="ReportedAccusation.Reading"/>), and the model weighs the frame, else 0; a
    /// model that does not read the frame never looks for it.
    /// </summary>
    public double ReportedAccusationOf(string sentence) => Weights.ReportedAccusation != 0 ? ReportedAccusation.Reading(sentence) : 0;

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

    /// <summary>
    /// The probability that each sentence is party-political, in order. The encoder sees only sentences past the gate,
    /// and at most <paramref name="maxEncoded"/> of them: one call is one release, and a release of thousands of
    /// sentences must not buy minutes of encoder time. A measurement over a whole corpus passes <see cref="int.MaxValue"/>.
    /// </summary>
    public double[] Score(IReadOnlyList<string> sentences, int maxEncoded = MaxEncodedSentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ngram = new double[sentences.Count];
        for (var i = 0; i < ngram.Length; i++)
        {
            ngram[i] = Ngrams.Score(sentences[i]);
        }

        var scores = new double[ngram.Length];
        var claims = new double[ngram.Length];
        var voices = new double[ngram.Length];
        var reports = new double[ngram.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            claims[i] = CreditClaimOf(sentences[i]);
            voices[i] = PartyVoiceOf(sentences[i]);
            reports[i] = ReportedAccusationOf(sentences[i]);
            scores[i] = Weights.CombineBelowGate(ngram[i], claims[i], voices[i], reports[i]);
        }

        var past = PastTheGate(sentences, ngram, i => claims[i] != 0 || voices[i] != 0, maxEncoded);
        past.RemoveAll(i => _known.TryGetValue(sentences[i], out scores[i]));
        if (past.Count > 0)
        {
            StartupTrace.Mark("analysis, to the encoder");
            var encoder = _encoder();
            StartupTrace.Mark("encoder loaded");
            var vectors = encoder.Encode([.. past.Select(i => sentences[i])]);
            StartupTrace.Mark("first sentences encoded");
            for (var j = 0; j < past.Count; j++)
            {
                scores[past[j]] = Combine(ngram[past[j]], vectors[j], claims[past[j]], voices[past[j]], reports[past[j]]);
                Remember(sentences[past[j]], scores[past[j]]);
            }
        }

        return scores;
    }

    /// <summary>
    /// Encodes ahead the sentences of several releases that <see cref="Score"/> will give the encoder, each release's
    /// chosen as <see cref="Score"/> chooses them, so that a later score finds them remembered. Releases scored one by
    /// one hand the encoder a few sentences a call; read together, the sentences go in full batches of sentences of a
    /// length, one share a core, which is about twice as quick a sentence.
    /// </summary>
    public void EncodeAhead(IEnumerable<IReadOnlyList<string>> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        // Each sentence once, with its n-gram score; a sentence whose score is already kept needs nothing more.
        var ngramOf = new Dictionary<string, double>(StringComparer.Ordinal);
        var ahead = new List<string>();
        foreach (var sentences in releases)
        {
            var ngram = new double[sentences.Count];
            for (var i = 0; i < ngram.Length; i++)
            {
                ngram[i] = Ngrams.Score(sentences[i]);
            }

            foreach (var i in PastTheGate(sentences, ngram, i => IsFramed(sentences[i]), MaxEncodedSentences))
            {
                if (!_known.ContainsKey(sentences[i]) && ngramOf.TryAdd(sentences[i], ngram[i]))
                {
                    ahead.Add(sentences[i]);
                }
            }
        }

        if (ahead.Count == 0)
        {
            return;
        }

        // The sentences first, their scores kept; then the variants occlusion will score for each called partisan (the
        // phrases behind a finding are found by scoring it again with each taken out).
        var encoder = _encoder();
        var vectors = EncodeTogether(encoder, ahead);
        var flagged = new List<string>();
        for (var i = 0; i < ahead.Count; i++)
        {
            var score = Combine(ngramOf[ahead[i]], vectors[i], CreditClaimOf(ahead[i]), PartyVoiceOf(ahead[i]), ReportedAccusationOf(ahead[i]));
            Remember(ahead[i], score);
            if (score >= Threshold)
            {
                flagged.Add(ahead[i]);
            }
        }

        EncodeTogether(encoder, [.. flagged.SelectMany(f => Occlusions(f).Variants).Distinct(StringComparer.Ordinal)]);
    }

    // The vectors of 'sentences', which are sorted shortest first and cut into one run of lengths a core, so that each
    // call's batches pad little.
    private static float[][] EncodeTogether(ISentenceEncoder encoder, List<string> sentences)
    {
        var vectors = new float[sentences.Count][];
        if (sentences.Count == 0)
        {
            return vectors;
        }

        sentences.Sort((a, b) => a.Length.CompareTo(b.Length));
        var cores = Math.Clamp(Environment.ProcessorCount, 1, (sentences.Count + 31) / 32);
        Parallel.For(0, cores, c =>
        {
            var start = c * sentences.Count / cores;
            var run = sentences.GetRange(start, ((c + 1) * sentences.Count / cores) - start);
            encoder.Encode(run).CopyTo(vectors, start);
        });
        return vectors;
    }

    /// <summary>
    /// Forgets every combined score remembered, so that a sentence met again is encoded and voted on afresh, unless the
    /// encoder still remembers its vector (see <see cref="SentenceEncoder.Forget"/>; for measuring).
    /// </summary>
    internal void Forget() => _known.Clear();

    // A combined score kept for a sentence the encoder read, so that a sentence met again (a folder's boilerplate, a
    // draft checked again) costs neither the encoder nor the vote; forgotten all at once when full, as the encoder's
    // vectors are.
    private void Remember(string sentence, double score)
    {
        if (_known.Count >= KnownCapacity)
        {
            _known.Clear();
        }

        _known.TryAdd(sentence, score);
    }

    // The sentences of one call the encoder reads: those past the gate, and of a very long release at most
    // 'maxEncoded' of them, those the n-gram model scores highest.
    // Whether a sentence holds a frame the model weighs (never looked for when the model weighs none).
    // A reporter's account is not one: it only takes weight away, and a sentence under the gate is already scored low.
    private bool IsFramed(string sentence) => CreditClaimOf(sentence) != 0 || PartyVoiceOf(sentence) != 0 || ReportedAccusationOf(sentence) < 0;

    private List<int> PastTheGate(IReadOnlyList<string> sentences, double[] ngram, Func<int, bool> framed, int maxEncoded)
    {
        var past = new List<int>();
        for (var i = 0; i < ngram.Length; i++)
        {
            if (PassesGate(sentences[i], ngram[i]) || framed(i))
            {
                past.Add(i);
            }
        }

        if (past.Count > maxEncoded)
        {
            // A release of thousands of sentences (a crafted one, or a whole report pasted in): the encoder takes the
            // sentences the n-gram model scores highest, which are the ones it can change the verdict on; the rest are
            // judged as sentences under the gate are.
            past = [.. past.OrderByDescending(i => ngram[i]).ThenBy(i => i).Take(maxEncoded).Order()];
        }

        return past;
    }

    /// <inheritdoc/>
    IReadOnlyList<double> IPartisanScorer.Score(IReadOnlyList<string> sentences) => Score(sentences);

    /// <inheritdoc/>
    PartisanScore IPartisanScorer.Classify(string sentence) => Classify(sentence);

    /// <summary>
    /// The combined probability, the verdict, and the phrases behind it. For a sentence under the threshold these are
    /// the n-gram model's strongest phrases. For a sentence called partisan they are found by occlusion: each content
    /// word, and each pair of adjacent content words, is taken out in turn and the sentence scored again; the phrases
    /// whose removal lowers the log-odds most are the reasons. This costs one encoder batch, so it is done only for a
    /// sentence that is reported.
    /// </summary>
    public PartisanScore Classify(string sentence, int maxReasons = 3)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var probability = Score([sentence])[0];
        if (probability < Threshold)
        {
            return new PartisanScore(probability, false, Ngrams.Classify(sentence, maxReasons).Reasons);
        }

        var reasons = Occlude(sentence, probability, maxReasons);
        return new PartisanScore(probability, true, reasons.IsEmpty ? Ngrams.Classify(sentence, maxReasons).Reasons : reasons);
    }

    private ImmutableArray<PartisanReason> Occlude(string sentence, double probability, int maxReasons)
    {
        var (candidates, variants) = Occlusions(sentence);
        if (candidates.Count == 0)
        {
            return [];
        }

        var vectors = _encoder().Encode(variants);
        var drops = new double[candidates.Count];

        // Who accuses is held as the sentence says it: taking out "Council" or "Leader" from "Council Leader Cllr Ann Hale
        // accused the Conservative opposition ..." turns the council's own charge into a reporter's account and would
        // name the title as the reason, when what the press officer should change is the charge. Taking out the charge
        // itself ("accused") does take the council's charge away, and that is what makes its verb a reason.
        var accusation = ReportedAccusationOf(sentence);
        for (var i = 0; i < drops.Length; i++)
        {
            var heldAccusation = accusation < 0 && ReportedAccusationOf(variants[i]) == 0 ? 0 : accusation;
            drops[i] = LogOdds.Of(probability) - LogOdds.Of(Combine(Ngrams.Score(variants[i]), vectors[i], CreditClaimOf(variants[i]), PartyVoiceOf(variants[i]), heldAccusation));
        }

        // Strongest first; a pair only where it explains more than either of its words; no two reasons overlap or repeat
        // the same words. A reason is placed at its phrase's first occurrence.
        var chosen = new List<((int Start, int End)[] Spans, double Drop)>();
        foreach (var i in Enumerable.Range(0, candidates.Count).OrderByDescending(i => drops[i]))
        {
            var spans = candidates[i];
            if (drops[i] < MinimumDrop || chosen.Count == maxReasons || (chosen.Count > 0 && drops[i] < chosen[0].Drop * WeakestShare))
            {
                break;
            }

            var (start, end) = spans[0];
            if (chosen.Any(c => Overlaps(c.Spans, spans) || sentence.AsSpan(start, end - start).Equals(sentence.AsSpan(c.Spans[0].Start, c.Spans[0].End - c.Spans[0].Start), StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var isPair = sentence.AsSpan(start, end - start).ContainsAny(' ', '\u00A0');
            if (isPair && Enumerable.Range(0, candidates.Count).Any(k => k != i && drops[k] >= drops[i] * 0.8 && candidates[k].All(w => spans.Any(p => w.Start >= p.Start && w.End <= p.End))))
            {
                continue;
            }

            chosen.Add((spans, drops[i]));
        }

        return [.. chosen.Select(c => new PartisanReason(sentence[c.Spans[0].Start..c.Spans[0].End], c.Spans[0].Start, c.Spans[0].End - c.Spans[0].Start, c.Drop))];
    }

    // What occlusion takes out of a sentence, and the sentence without each: each content word, and each pair of
    // adjacent content words; a phrase said more than once also everywhere at once, since taking out one of its
    // occurrences leaves the other to carry the same reading, so alone neither would seem to matter.
    private static (List<(int Start, int End)[]> Candidates, List<string> Variants) Occlusions(string sentence)
    {
        var words = ContentWords(sentence);
        var candidates = new List<(int Start, int End)[]>();
        for (var i = 0; i < words.Count && candidates.Count < MaxOcclusions; i++)
        {
            candidates.Add([words[i]]);
            if (i + 1 < words.Count && IsAdjacent(sentence, words[i], words[i + 1]))
            {
                candidates.Add([(words[i].Start, words[i + 1].End)]);
            }
        }

        foreach (var repeated in candidates.GroupBy(c => sentence[c[0].Start..c[0].End], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList())
        {
            candidates.Add([.. repeated.Select(c => c[0])]);
        }

        return (candidates, [.. candidates.Select(c => Without(sentence, c))]);
    }

    // The sentence with the spans taken out; spans may overlap (the mentions of "cuts cuts" in "cuts cuts cuts").
    private static string Without(string sentence, (int Start, int End)[] spans)
    {
        var text = new StringBuilder(sentence.Length);
        var at = 0;
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (start > at)
            {
                text.Append(sentence, at, start - at);
            }

            at = Math.Max(at, end);
        }

        return text.Append(sentence, at, sentence.Length - at).ToString();
    }

    private static bool Overlaps((int Start, int End)[] first, (int Start, int End)[] second) =>
        first.Any(a => second.Any(b => a.Start < b.End && b.Start < a.End));

    // Drops are compared in log-odds, not probability: a sentence far over the threshold moves little in probability
    // whatever is taken out, so in probability a party's name and a word of filler look alike there.
    // The words of a sentence that could explain it: runs of letters, digits, apostrophes and hyphens that are not
    // function words.
    private static List<(int Start, int End)> ContentWords(string sentence)
    {
        var words = new List<(int Start, int End)>();
        Span<char> folded = stackalloc char[64];
        for (var i = 0; i < sentence.Length;)
        {
            if (!char.IsLetterOrDigit(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || (sentence[i] is '\'' or '\u2019' or '-' && i + 1 < sentence.Length && char.IsLetter(sentence[i + 1]))))
            {
                i++;
            }

            var length = 0;
            for (var k = start; k < i && length < folded.Length; k++)
            {
                if (char.IsLetterOrDigit(sentence[k]))
                {
                    folded[length++] = char.ToLowerInvariant(sentence[k]);
                }
            }

            if (i - start > 1 && !NgramEvidence.IsFunctionWord(folded[..length]))
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    private static bool IsAdjacent(string sentence, (int Start, int End) first, (int Start, int End) second)
    {
        for (var k = first.End; k < second.Start; k++)
        {
            if (sentence[k] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The second-level regression: probability = σ(<see cref="Ngram"/> × logit(max(n-gram probability, <see cref="NgramFloor"/>)) + <see cref="Encoder"/>
/// × encoder score + <see cref="Neighbours"/> × neighbour vote + <see cref="Network"/> × network score +
/// <see cref="CreditClaim"/> × whether the sentence holds a credit claim's frame + <see cref="PartyVoice"/> × whether it
/// speaks as a party or a candidate + <see cref="ReportedAccusation"/> × 1 when it is a reporter's account of an
/// accusation, -1 when the council's own executive accuses another side + <see cref="Bias"/>).
/// </summary>
/// <param name="Ngram">The weight of the n-gram model's log-odds.</param>
/// <param name="Encoder">The weight of the encoder regression's score.</param>
/// <param name="Bias">The bias.</param>
/// <param name="EncoderBelowGate">The encoder score a sentence under the gate is combined with: the median of the neutral training sentences'.</param>
/// <param name="Neighbours">The weight of the neighbour vote's log-odds (0 in a model without a vote).</param>
/// <param name="NeighboursBelowGate">The vote a sentence under the gate is combined with: the median of the neutral training sentences'.</param>
/// <param name="Network">The weight of the network's log-odds (0 in a model without a network).</param>
/// <param name="NetworkBelowGate">The network score a sentence under the gate is combined with: the median of the neutral training sentences'.</param>
/// <param name="CreditClaim">The weight of a credit claim's frame (<see cref="CreditClaims"/>; 0 in a model that does not read it).</param>
/// <param name="PartyVoice">The weight of a party's or a candidate's own voice (<see cref="Classification.PartyVoice"/>; 0 in a model that does not read it).</param>
/// <param name="ReportedAccusation">The weight, below zero, of a reporter's account of an accusation, and taken the other way for the council's executive's own (<see cref="Classification.ReportedAccusation"/>; 0 in a model that does not read it).</param>
/// <param name="NgramFloor">
/// The least n-gram probability the combination reads: a lower score counts as this one. The n-gram model knows the
/// corpus's wording, and a sentence in words the corpus never used can score near zero there however political it reads
/// to the encoder ("council tax rises inflicted by the coalition", a party of Northern Ireland at work); its certainty
/// that such a sentence is neutral is certainty about its own vocabulary, and at 1e-6 its log-odds (-13.8) outweigh any
/// other evidence. Its certainty the other way is kept. <see cref="DefaultNgramFloor"/> for a model file that names none.
/// </param>
internal sealed record EnsembleWeights(
    double Ngram,
    double Encoder,
    double Bias,
    double EncoderBelowGate,
    double Neighbours = 0,
    double NeighboursBelowGate = 0,
    double Network = 0,
    double NetworkBelowGate = 0,
    double CreditClaim = 0,
    double PartyVoice = 0,
    double ReportedAccusation = 0,
    double NgramFloor = EnsembleWeights.DefaultNgramFloor)
{
    /// <summary>The n-gram floor of a model that names none: the clamp the combination always read the n-gram model's log-odds with.</summary>
    public const double DefaultNgramFloor = 1e-6;

    /// <summary>The largest n-gram floor a model may name: above it the n-gram model could no longer speak for a sentence being neutral at all.</summary>
    public const double MaxNgramFloor = 0.1;

    /// <summary>The n-gram model's log-odds as the combination reads them: floored at <see cref="NgramFloor"/> (and clamped at 1e-6 from certainty).</summary>
    public double NgramLogOdds(double ngramProbability) => LogOdds.Of(Math.Max(ngramProbability, NgramFloor), DefaultNgramFloor);

    /// <summary>
    /// The combined probability; <paramref name="creditClaim"/> is 1 for a sentence holding a credit claim's frame, else 0,
    /// <paramref name="partyVoice"/> 1 for one that speaks as a party or a candidate, and <paramref name="reportedAccusation"/>
    /// 1 for a reporter's account of an accusation.
    /// </summary>
    public double Combine(double ngramProbability, double encoderScore, double neighbourScore, double networkScore, double creditClaim = 0, double partyVoice = 0, double reportedAccusation = 0)
    {
        var z = (Ngram * NgramLogOdds(ngramProbability)) + (Encoder * encoderScore) + (Neighbours * neighbourScore) + (Network * networkScore) + (CreditClaim * creditClaim) + (PartyVoice * partyVoice) + (ReportedAccusation * reportedAccusation) + Bias;
        return LogOdds.ToProbability(z);
    }

    /// <summary>The frames' weights alone, as the fast classifier adds them.</summary>
    public FrameWeights Frames => new(CreditClaim, PartyVoice, ReportedAccusation);

    /// <summary>The combined probability of a sentence the encoder does not see, from the n-gram model's alone (and the frames).</summary>
    public double CombineBelowGate(double ngramProbability, double creditClaim = 0, double partyVoice = 0, double reportedAccusation = 0) => Combine(ngramProbability, EncoderBelowGate, NeighboursBelowGate, NetworkBelowGate, creditClaim, partyVoice, reportedAccusation);
}
