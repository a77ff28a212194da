using PublicityCheck.Classification.Encoding;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Classification;

/// <summary>
/// The model that ships with PublicityCheck (<c>models/partisan.model.tsv</c>, built into this assembly), loaded
/// once per process on first use and shared by every thread.
/// </summary>
public static class PartisanClassifier
{
    /// <summary>The name of the built-in model's resource.</summary>
    public const string ResourceName = "PublicityCheck.Models/partisan.model.tsv";

    /// <summary>The name of the built-in ensemble's resource.</summary>
    internal const string EnsembleResourceName = "PublicityCheck.Models/partisan.ensemble.tsv";

    /// <summary>The name of the built-in neighbour vote's resource.</summary>
    internal const string NeighboursResourceName = "PublicityCheck.Models/partisan.neighbours.bin";

    /// <summary>The name of the built-in encoder tuning's resource, when the ensemble was trained on a tuned encoder.</summary>
    internal const string EncoderTuningResourceName = "PublicityCheck.Models/partisan.encoder.bin";

    private static readonly Lazy<PartisanModel> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<PartisanEnsemble> BuiltInEnsemble = new(() => LoadEnsemble(BuiltInTuning()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FastPartisanScorer> BuiltInFast = new(LoadFast, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in model.</summary>
    public static PartisanModel Default => BuiltIn.Value;

    /// <summary>The built-in ensemble of the n-gram model and the sentence encoder, which PC0201 scores with.</summary>
    internal static PartisanEnsemble Ensemble => BuiltInEnsemble.Value;

    /// <summary>
    /// The classifier PC0201 scores with unless a host gives its own: the n-gram model of <see cref="Default"/> and the
    /// sentence encoder together. The encoder (a second or two to load) loads only when a sentence needs it.
    /// </summary>
    public static IPartisanScorer Scorer => BuiltInEnsemble.Value;

    /// <summary>
    /// The fast classifier: the n-gram model of <see cref="Default"/> with the frames the ensemble weighs (a credit
    /// claim, a party's own voice, a reporter's account of an accusation), at the ensemble's weights; no encoder.
    /// </summary>
    internal static FastPartisanScorer Fast => BuiltInFast.Value;

    /// <summary>
    /// The built-in classifier a configuration chooses (<c>"classifier"</c>): <see cref="Scorer"/> for
    /// <see cref="ClassifierMode.Accurate"/>, <see cref="Fast"/> (the n-gram model and the frames) for <see cref="ClassifierMode.Fast"/>.
    /// </summary>
    public static IPartisanScorer ScorerFor(ClassifierMode mode) => mode switch
    {
        ClassifierMode.Accurate => Scorer,
        ClassifierMode.Fast => Fast,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a classifier mode"),
    };

    /// <summary>
    /// Loads what the built-in classifier for <paramref name="mode"/> needs, if it is not loaded yet: the n-gram model,
    /// and for <see cref="ClassifierMode.Accurate"/> the ensemble and its sentence encoder too. The first use would
    /// load the same; a host calls this on another thread so that the load overlaps its reading of the release. The
    /// encoder is made ready for <paramref name="workload"/>, unless something loaded it first.
    /// </summary>
    internal static void Preload(ClassifierMode mode, ClassifierWorkload workload)
    {
        if (mode != ClassifierMode.Accurate)
        {
            _ = Fast;
            return;
        }

        // The encoder needs nothing of the n-gram model, nor the n-gram model of the encoder: the encoder loads on a
        // thread of its own while this one reads the n-gram model and the ensemble, so a cold start waits for the
        // longer of the two loads rather than for both one after the other. The ensemble then asks for the same
        // encoder, and waits for that load (or meets its failure) rather than starting another.
        var encoder = new Thread(() =>
        {
            try
            {
                _ = BuiltInEncoder(workload);
                StartupTrace.Mark("(load) encoder ready");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Met again, and reported, where the ensemble asks for the encoder.
            }
        })
        {
            IsBackground = true,
            Name = "PublicityCheck encoder load",
        };
        encoder.Start();
        Ensemble.LoadEncoder();
    }

    /// <summary>
    /// The encoder the built-in ensemble joins (the precision its file names, tuned by <see cref="BuiltInTuning"/>),
    /// loaded on first use: the instance <see cref="Ensemble"/> scores with, found without reading the n-gram model.
    /// </summary>
    internal static SentenceEncoder BuiltInEncoder() => BuiltInEncoder(ClassifierWorkload.ManyDocuments);

    /// <summary>
    /// <see cref="BuiltInEncoder()"/>, loaded for <paramref name="workload"/> if this call is the one that loads it
    /// (see <see cref="SentenceEncoder.SharedFor(EncoderPrecision, EncoderTuningFile?, ClassifierWorkload)"/>).
    /// </summary>
    internal static SentenceEncoder BuiltInEncoder(ClassifierWorkload workload)
    {
        using var reader = OpenEnsemble();
        var (precision, _) = PartisanEnsembleFile.ReadEncoderChoice(reader);
        return SentenceEncoder.SharedFor(precision, BuiltInTuning(), workload);
    }

    /// <summary>
    /// Loads the built-in ensemble afresh, with the n-gram model of <see cref="Default"/> and the shipped encoder at the
    /// ensemble's precision, tuned by <paramref name="tuning"/> (as published when it is null).
    /// </summary>
    /// <exception cref="InvalidDataException">The ensemble was trained on the encoder with another tuning, or without one.</exception>
    internal static PartisanEnsemble LoadEnsemble(EncoderTuningFile? tuning)
    {
        var ensemble = LoadEnsemble(precision => SentenceEncoder.SharedFor(precision, tuning));
        PartisanEnsembleFile.RequireTuning(ensemble, tuning?.Digest);
        return ensemble;
    }

    /// <summary>
    /// The encoder tuning built into this assembly (<c>models/partisan.encoder.bin</c>), its header read, or null when
    /// the ensemble reads the encoder as published. The rest is read only if the tuned model must be built.
    /// </summary>
    /// <exception cref="InvalidDataException">The resource is not a tuning file this build reads.</exception>
    internal static EncoderTuningFile? BuiltInTuning()
    {
        var assembly = typeof(PartisanClassifier).Assembly;
        if (assembly.GetManifestResourceInfo(EncoderTuningResourceName) is null)
        {
            return null;
        }

        return EncoderTuningFile.Open(() => assembly.GetManifestResourceStream(EncoderTuningResourceName)
            ?? throw new InvalidOperationException($"The encoder tuning '{EncoderTuningResourceName}' is not built into this assembly."));
    }

    /// <summary>
    /// Loads the built-in ensemble afresh, with the n-gram model of <see cref="Default"/> and <paramref name="encoder"/>,
    /// which the caller matches to the ensemble's encoder.
    /// </summary>
    internal static PartisanEnsemble LoadEnsemble(Func<ISentenceEncoder> encoder) => LoadEnsemble(_ => encoder());

    /// <summary>
    /// Loads the built-in ensemble afresh, with the n-gram model of <see cref="Default"/> and the encoder
    /// <paramref name="encoder"/> gives at the precision the ensemble was trained with.
    /// </summary>
    internal static PartisanEnsemble LoadEnsemble(Func<EncoderPrecision, ISentenceEncoder> encoder)
    {
        using var reader = OpenEnsemble();
        var ngrams = Default;
        StartupTrace.Mark("(load) n-gram model");
        var ensemble = PartisanEnsembleFile.Read(reader, ngrams, encoder, LoadNeighbours());
        StartupTrace.Mark("(load) ensemble and neighbours");
        return ensemble;
    }

    // The fast classifier: the n-gram model and the ensemble file's frame weights (its settings alone are read).
    private static FastPartisanScorer LoadFast()
    {
        using var reader = OpenEnsemble();
        return new FastPartisanScorer(Default, PartisanEnsembleFile.ReadFrameWeights(reader));
    }

    // The built-in ensemble file (a few kilobytes), read whole by the ensemble, for its two encoder settings alone by the
    // encoder's early load, and for its frame weights by the fast classifier.
    private static StreamReader OpenEnsemble() =>
        new(typeof(PartisanClassifier).Assembly.GetManifestResourceStream(EnsembleResourceName)
            ?? throw new InvalidOperationException($"The partisan ensemble '{EnsembleResourceName}' is not built into this assembly."));

    // The vote's vectors (2.7 MB), read with the ensemble: a few milliseconds, and only when the ensemble is first used.
    private static NeighbourVote? LoadNeighbours()
    {
        using var stream = typeof(PartisanClassifier).Assembly.GetManifestResourceStream(NeighboursResourceName);
        return stream is null ? null : NeighbourVoteFile.Read(stream);
    }

    /// <summary>Loads the built-in model afresh (for measuring a cold load; use <see cref="Default"/> otherwise).</summary>
    public static PartisanModel Load()
    {
        using var stream = typeof(PartisanClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The partisan model '{ResourceName}' is not built into this assembly.");
        using var reader = new StreamReader(stream);
        return PartisanModelFile.Read(reader);
    }
}
