using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Google.Protobuf;
using Onnx;

namespace PublicityCheck.Classification.Encoding;

/// <summary>
/// New values for some of the sentence encoder's weights, as fine-tuning gives them: float32 tensors keyed by the name
/// of the ONNX initializer each replaces in the published model (a product's weight matrix, held [in, out] row-major,
/// goes by an unnamed initializer such as <c>onnx::MatMul_1234</c>; a bias or a normalisation's scale by a name such
/// as <c>encoder.layer.5.attention.self.query.bias</c>). Patched into the published model before it is quantised and
/// optimised (<see cref="SentenceEncoder.Load(string, string?, EncoderPrecision, EncoderTuning?)"/>), it gives the
/// tuned encoder without shipping a second copy of its 87 MB.
/// <para>
/// The file (<see cref="Write"/>, <see cref="Read"/>) holds a 1-D tensor as its float32 values and a 2-D one as its
/// difference from the published weights, quantised to int8 with a float32 scale per column: two tuned layers take
/// 3.6 MB rather than 14 MB. What the file gives back is therefore not bit for bit what was written; its
/// <see cref="Digest"/> is that of the values read, which the file carries and a read checks.
/// </para>
/// </summary>
internal sealed class EncoderTuning
{
    /// <summary>Tensors in a file at most: two layers of MiniLM are 32, the whole model about a hundred.</summary>
    public const int MaxTensors = 1024;

    /// <summary>The longest name of a tensor, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 1024;

    /// <summary>The most dimensions a tensor of a file may have.</summary>
    public const int MaxRank = 4;

    /// <summary>Numbers in a tuning at most, all tensors together: the whole of MiniLM is 22.7 million.</summary>
    public const long MaxElements = 64L * 1024 * 1024;

    /// <summary>The version of the file <see cref="Write"/> writes, and the only one <see cref="Read"/> reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The number of hexadecimal digits of <see cref="Digest"/>.</summary>
    public const int DigestLength = 16;

    private const byte Float32Values = 0;
    private const byte Int8DifferenceByColumn = 1;
    private const sbyte Limit = 127;

    private static ReadOnlySpan<byte> Magic => "PCTUNING"u8;

    private EncoderTuning(SortedDictionary<string, float[]> tensors, byte[] hash)
    {
        Tensors = tensors;
        Hash = hash;
        Digest = Convert.ToHexStringLower(hash.AsSpan(0, DigestLength / 2));
    }

    /// <summary>The new values, by the name of the initializer each replaces, in ordinal order of name. Not to be changed.</summary>
    public IReadOnlyDictionary<string, float[]> Tensors { get; }

    /// <summary>
    /// The first 16 hexadecimal digits (lowercase) of the SHA-256 of the tuning's canonical content: for each tensor in
    /// ordinal order of name, the name's length in UTF-8 bytes and the bytes, the number of values, and the values as
    /// little-endian float32, the lengths as little-endian 32-bit integers. Two tunings of the same values have the
    /// same digest, however they were made; it names the tuning in the saved model's file name and in the ensemble.
    /// </summary>
    public string Digest { get; }

    // The whole SHA-256 of the canonical content, which a file carries so that a read can check what it rebuilt.
    private byte[] Hash { get; }

    /// <summary>A tuning of <paramref name="tensors"/>, copied, by the name of the ONNX initializer each replaces.</summary>
    /// <exception cref="ArgumentException">A name is empty or too long, a tensor is empty, there are too many, or they hold too many numbers.</exception>
    public static EncoderTuning FromTensors(IReadOnlyDictionary<string, float[]> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count > MaxTensors)
        {
            throw new ArgumentException($"A tuning replaces at most {MaxTensors} tensors; {tensors.Count} were given.", nameof(tensors));
        }

        var copy = new SortedDictionary<string, float[]>(StringComparer.Ordinal);
        long elements = 0;
        foreach (var (name, values) in tensors)
        {
            if (string.IsNullOrEmpty(name) || System.Text.Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
            {
                throw new ArgumentException($"A tensor's name must be 1 to {MaxNameBytes} bytes of UTF-8; '{name}' is not.", nameof(tensors));
            }

            if (values is null || values.Length == 0)
            {
                throw new ArgumentException($"The tensor '{name}' has no values.", nameof(tensors));
            }

            elements += values.Length;
            if (elements > MaxElements)
            {
                throw new ArgumentException($"A tuning holds at most {MaxElements} numbers.", nameof(tensors));
            }

            copy.Add(name, (float[])values.Clone());
        }

        return new EncoderTuning(copy, HashOf(copy));
    }

    /// <summary>
    /// Replaces the data of each initializer of <paramref name="model"/> named in <see cref="Tensors"/> by the tuned
    /// values (as little-endian raw data, as ONNX stores them). Every tensor is checked before any is replaced, so a
    /// refused tuning leaves the model as it was.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The model has no initializer of a tensor's name, or that initializer is not float32 held in the model, or it
    /// holds another number of values, or a tuned value is not a finite number; the message names the tensor.
    /// </exception>
    public void ApplyTo(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var initializers = InitializersOf(model);
        var targets = new List<(TensorProto Target, float[] Values)>(Tensors.Count);
        foreach (var (name, values) in Tensors)
        {
            var target = FloatInitializer(initializers, name);
            var count = ElementCount(target);
            if (count != values.Length)
            {
                throw new InvalidDataException($"The encoder's tuning gives '{name}' {values.Length} values; the model's initializer holds {count}.");
            }

            if (IndexOfNonFinite(values) is var bad and >= 0)
            {
                throw new InvalidDataException($"The encoder's tuning gives '{name}' a value that is not a finite number ({values[bad]} at {bad}).");
            }

            targets.Add((target, values));
        }

        foreach (var (target, values) in targets)
        {
            target.FloatData.Clear();
            target.RawData = ByteString.CopyFrom(LittleEndianBytes(values));
        }
    }

    /// <summary>
    /// Writes the tuning to <paramref name="destination"/> as differences from <paramref name="published"/>, the model
    /// it will be read against and applied to: a header (<c>PCTUNING</c>, the format's version, the SHA-256 of the
    /// values the file gives back, the number of tensors), then each tensor in ordinal order of name with its name,
    /// its dimensions as in the published model, and its data. All numbers little-endian.
    /// </summary>
    /// <exception cref="InvalidDataException">The tuning does not fit <paramref name="published"/> (as <see cref="ApplyTo"/> says).</exception>
    public void Write(Stream destination, ModelProto published)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(published);
        var initializers = InitializersOf(published);
        using var body = new MemoryStream();
        var restored = new SortedDictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (name, values) in Tensors)
        {
            var target = FloatInitializer(initializers, name);
            if (ElementCount(target) != values.Length)
            {
                throw new InvalidDataException($"The encoder's tuning gives '{name}' {values.Length} values; the published model's initializer holds {ElementCount(target)}.");
            }

            if (IndexOfNonFinite(values) is var bad and >= 0)
            {
                throw new InvalidDataException($"The encoder's tuning gives '{name}' a value that is not a finite number ({values[bad]} at {bad}).");
            }

            if (target.Dims.Count > MaxRank)
            {
                throw new InvalidDataException($"The initializer '{name}' has {target.Dims.Count} dimensions; a tuning file holds tensors of at most {MaxRank}.");
            }

            var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
            WriteUInt16(body, (ushort)nameBytes.Length);
            body.Write(nameBytes);
            body.WriteByte((byte)target.Dims.Count);
            foreach (var dim in target.Dims)
            {
                WriteUInt32(body, checked((uint)dim));
            }

            if (target.Dims.Count == 2)
            {
                var (scales, steps, readBack) = QuantizeDifference(values, FloatsOf(target), checked((int)target.Dims[1]));
                if (Array.FindIndex(scales, s => !float.IsFinite(s)) is var column and >= 0)
                {
                    throw new InvalidDataException($"The encoder's tuning moves '{name}' so far from the published weights in column {column} that the difference is not a finite float32.");
                }

                body.WriteByte(Int8DifferenceByColumn);
                body.Write(LittleEndianBytes(scales));
                body.Write(MemoryMarshal.AsBytes(steps.AsSpan()));
                restored.Add(name, readBack);
            }
            else
            {
                body.WriteByte(Float32Values);
                body.Write(LittleEndianBytes(values));
                restored.Add(name, values);
            }
        }

        destination.Write(Magic);
        WriteUInt32(destination, FormatVersion);
        destination.Write(HashOf(restored));
        WriteUInt32(destination, (uint)Tensors.Count);
        body.Position = 0;
        body.CopyTo(destination);
    }

    /// <summary>
    /// Reads a tuning <see cref="Write"/> wrote against <paramref name="published"/>. Nothing is allocated from a
    /// length before it is checked: counts and name lengths against this format's limits, dimensions against the
    /// published initializer of the tensor's name.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The bytes are not a tuning file of this version, or end early or run on after its last tensor, or name a
    /// tensor twice or one the published model does not hold as float32 of the same dimensions, or hold a number that
    /// is not finite, or give values whose digest is not the one the file carries.
    /// </exception>
    public static EncoderTuning Read(Stream source, ModelProto published)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(published);
        var initializers = InitializersOf(published);
        var reader = new FileReader(source);
        var expected = ReadHeader(reader);
        var count = reader.UInt32();
        if (count > MaxTensors)
        {
            throw new InvalidDataException($"The tuning file names {count} tensors; at most {MaxTensors} are read.");
        }

        var tensors = new SortedDictionary<string, float[]>(StringComparer.Ordinal);
        long elements = 0;
        for (var i = 0; i < count; i++)
        {
            var name = reader.Name();
            if (tensors.ContainsKey(name))
            {
                throw new InvalidDataException($"The tuning file gives the tensor '{name}' twice.");
            }

            var target = FloatInitializer(initializers, name);
            var rank = reader.Byte();
            if (rank != target.Dims.Count)
            {
                throw new InvalidDataException($"The tuning file gives '{name}' {rank} dimensions; the published model's initializer has {target.Dims.Count}.");
            }

            for (var d = 0; d < rank; d++)
            {
                var dim = reader.UInt32();
                if (dim != target.Dims[d])
                {
                    throw new InvalidDataException($"The tuning file gives '{name}' dimensions other than the published model's [{string.Join(", ", target.Dims)}].");
                }
            }

            var length = ElementCount(target);
            elements += length;
            if (length <= 0 || elements > MaxElements)
            {
                throw new InvalidDataException($"The tuning file's tensor '{name}' takes its numbers past {MaxElements}, or has none.");
            }

            var encoding = reader.Byte();
            reader.Expect(encoding == Int8DifferenceByColumn && rank == 2 ? length + (target.Dims[1] * sizeof(float)) : length * sizeof(float));
            var values = encoding switch
            {
                Float32Values => reader.Floats((int)length),
                Int8DifferenceByColumn when rank == 2 => ReadDifference(reader, name, FloatsOf(target), checked((int)target.Dims[1])),
                _ => throw new InvalidDataException($"The tuning file holds '{name}' in an encoding ({encoding}) this version does not read for a tensor of {rank} dimensions."),
            };
            if (IndexOfNonFinite(values) is var bad and >= 0)
            {
                throw new InvalidDataException($"The tuning file gives '{name}' a value that is not a finite number ({values[bad]} at {bad}).");
            }

            tensors.Add(name, values);
        }

        if (!reader.AtEnd())
        {
            throw new InvalidDataException("The tuning file runs on after its last tensor.");
        }

        var hash = HashOf(tensors);
        if (!hash.AsSpan().SequenceEqual(expected))
        {
            throw new InvalidDataException("The tuning file's values do not give the digest it carries: it is damaged, or was written against another model.");
        }

        return new EncoderTuning(tensors, hash);
    }

    /// <summary>
    /// The <see cref="Digest"/> of the tuning a file gives, read from its header alone, so that a saved model can be
    /// found, and the file matched to an ensemble, without reading the published model. <see cref="Read"/> checks it.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a tuning file of this version.</exception>
    public static string ReadDigest(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Convert.ToHexStringLower(ReadHeader(new FileReader(source)).AsSpan(0, DigestLength / 2));
    }

    /// <summary>
    /// The names of the float initializers of the encoder's layer <paramref name="layer"/> (0 to 5 in MiniLM), as a
    /// tuning of that layer replaces them: first those named for the layer (<c>encoder.layer.5.…</c>: biases and
    /// normalisations), then the unnamed weight matrix of each of the layer's products (<see cref="EncoderParameters"/>),
    /// each group in ordinal order.
    /// </summary>
    /// <exception cref="InvalidDataException">The graph is not shaped as <see cref="EncoderParameters.Of"/> expects.</exception>
    public static IReadOnlyList<string> LayerInitializers(ModelProto model, int layer)
    {
        var parameters = EncoderParameters.Of(model);
        var prefix = $"encoder.layer.{layer}.";
        var initializers = parameters.Initializers
            .Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && parameters.TensorOf(p.Key).DataType == (int)TensorProto.Types.DataType.Float)
            .Select(p => p.Value)
            .ToList();
        var named = initializers.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var weights = initializers.Where(n => !n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        return [.. named, .. weights];
    }

    /// <summary>The values of a float initializer, however the model holds them.</summary>
    /// <exception cref="InvalidDataException">It holds another number of values than its dimensions say.</exception>
    internal static float[] ValuesOf(TensorProto tensor) => FloatsOf(tensor);

    private static byte[] ReadHeader(FileReader reader)
    {
        Span<byte> magic = stackalloc byte[8];
        reader.Bytes(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("The bytes are not an encoder tuning file.");
        }

        var version = reader.UInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"The encoder tuning file is of version {version}; this build reads version {FormatVersion}.");
        }

        var hash = new byte[SHA256.HashSizeInBytes];
        reader.Bytes(hash);
        return hash;
    }

    // Per-column symmetric int8 of tuned - published: column c's scale is its largest difference over 127 (0 for a column
    // unchanged, which then reads back exactly). Returns the scales, the steps and the values the file gives back.
    private static (float[] Scales, sbyte[] Steps, float[] Restored) QuantizeDifference(float[] tuned, float[] published, int columns)
    {
        var scales = new float[columns];
        for (var i = 0; i < tuned.Length; i++)
        {
            scales[i % columns] = Math.Max(scales[i % columns], Math.Abs(tuned[i] - published[i]));
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] /= Limit;
        }

        var steps = new sbyte[tuned.Length];
        var restored = new float[tuned.Length];
        for (var i = 0; i < tuned.Length; i++)
        {
            var scale = scales[i % columns];
            steps[i] = scale > 0 ? (sbyte)Math.Clamp(MathF.Round((tuned[i] - published[i]) / scale, MidpointRounding.ToEven), -Limit, Limit) : (sbyte)0;
            restored[i] = Restore(published[i], steps[i], scale);
        }

        return (scales, steps, restored);
    }

    private static float[] ReadDifference(FileReader reader, string name, float[] published, int columns)
    {
        var scales = reader.Floats(columns);
        if (Array.FindIndex(scales, s => !float.IsFinite(s) || s < 0) is var bad and >= 0)
        {
            throw new InvalidDataException($"The tuning file gives '{name}' a column scale that is not a finite number of at least zero ({scales[bad]} at column {bad}).");
        }

        var steps = new sbyte[published.Length];
        reader.Bytes(MemoryMarshal.AsBytes(steps.AsSpan()));
        var values = new float[published.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Restore(published[i], steps[i], scales[i % columns]);
        }

        return values;
    }

    // The one way a difference is added back, for the writer's digest and the reader's values alike.
    private static float Restore(float published, sbyte step, float scale) => published + (step * scale);

    private static byte[] HashOf(SortedDictionary<string, float[]> tensors)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(uint)];
        foreach (var (name, values) in tensors)
        {
            var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)nameBytes.Length);
            hash.AppendData(length);
            hash.AppendData(nameBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)values.Length);
            hash.AppendData(length);
            hash.AppendData(LittleEndianBytes(values));
        }

        return hash.GetHashAndReset();
    }

    private static Dictionary<string, TensorProto> InitializersOf(ModelProto model)
    {
        var graph = model.Graph ?? throw new InvalidDataException("The ONNX model has no graph.");
        var initializers = new Dictionary<string, TensorProto>(StringComparer.Ordinal);
        foreach (var tensor in graph.Initializer)
        {
            initializers.TryAdd(tensor.Name, tensor);
        }

        return initializers;
    }

    private static TensorProto FloatInitializer(Dictionary<string, TensorProto> initializers, string name)
    {
        if (!initializers.TryGetValue(name, out var target))
        {
            throw new InvalidDataException($"The encoder's tuning replaces '{name}', and the model has no initializer of that name.");
        }

        if (target.DataType != (int)TensorProto.Types.DataType.Float || target.DataLocation == TensorProto.Types.DataLocation.External)
        {
            throw new InvalidDataException($"The encoder's tuning replaces '{name}', and the model's initializer of that name is not float32 held in the model.");
        }

        return target;
    }

    private static long ElementCount(TensorProto tensor)
    {
        long count = 1;
        foreach (var dim in tensor.Dims)
        {
            if (dim < 0 || dim > MaxElements)
            {
                return -1;
            }

            count *= dim;
            if (count > MaxElements)
            {
                return -1;
            }
        }

        return count;
    }

    private static float[] FloatsOf(TensorProto tensor)
    {
        var count = (int)ElementCount(tensor);
        if (tensor.RawData.Length > 0)
        {
            if (tensor.RawData.Length != (long)count * sizeof(float))
            {
                throw new InvalidDataException($"The initializer '{tensor.Name}' holds {tensor.RawData.Length} bytes for {count} numbers.");
            }

            var bytes = tensor.RawData.Span;
            if (BitConverter.IsLittleEndian)
            {
                return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            }

            var values = new float[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * sizeof(float), sizeof(float)));
            }

            return values;
        }

        if (tensor.FloatData.Count != count)
        {
            throw new InvalidDataException($"The initializer '{tensor.Name}' holds {tensor.FloatData.Count} numbers for {count}.");
        }

        return [.. tensor.FloatData];
    }

    private static int IndexOfNonFinite(float[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static byte[] LittleEndianBytes(float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(bytes);
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
            }
        }

        return bytes;
    }

    private static void WriteUInt16(Stream stream, ushort value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ushort)];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(uint)];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    // Reads the file's fields, turning an early end into the refusal of a truncated file.
    private sealed class FileReader(Stream source)
    {
        private readonly byte[] _scratch = new byte[sizeof(uint)];

        public void Bytes(Span<byte> destination)
        {
            try
            {
                source.ReadExactly(destination);
            }
            catch (EndOfStreamException ex)
            {
                throw new InvalidDataException("The tuning file ends before its last tensor does: it is truncated.", ex);
            }
        }

        public byte Byte()
        {
            Bytes(_scratch.AsSpan(0, 1));
            return _scratch[0];
        }

        public uint UInt32()
        {
            Bytes(_scratch);
            return BinaryPrimitives.ReadUInt32LittleEndian(_scratch);
        }

        public string Name()
        {
            Bytes(_scratch.AsSpan(0, sizeof(ushort)));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(_scratch);
            if (length is 0 or > MaxNameBytes)
            {
                throw new InvalidDataException($"The tuning file gives a tensor a name of {length} bytes; a name is 1 to {MaxNameBytes}.");
            }

            var bytes = new byte[length];
            Bytes(bytes);
            try
            {
                return new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (System.Text.DecoderFallbackException ex)
            {
                throw new InvalidDataException("The tuning file gives a tensor a name that is not UTF-8.", ex);
            }
        }

        public float[] Floats(int count)
        {
            var bytes = new byte[count * sizeof(float)];
            Bytes(bytes);
            var values = new float[count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float), sizeof(float)));
            }

            return values;
        }

        // A stream that knows its length is refused as truncated before the data of a tensor is allocated.
        public void Expect(long bytes)
        {
            if (source.CanSeek && source.Length - source.Position < bytes)
            {
                throw new InvalidDataException("The tuning file ends before its last tensor does: it is truncated.");
            }
        }

        public bool AtEnd() => source.ReadByte() < 0;
    }
}
