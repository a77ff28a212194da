using System.Buffers.Binary;
using Onnx;
using PublicityCheck.Classification.Encoding;
using TextEncoding = System.Text.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

/// <summary>
/// <see cref="EncoderTuning.Read"/> given hostile bytes: each file here is built field by field, as the format lays
/// them out, with one thing wrong. The model read against is one linear layer: a weight matrix of [4, 3] and its bias.
/// </summary>
public class EncoderTuningFileTest
{
    private const string Weight = "1652";
    private const string Bias = "encoder.layer.4.output.dense.bias";
    private const byte Float32Values = 0;
    private const byte Int8Difference = 1;

    [Fact]
    public void Read_AcceptsTheFileBuiltHereAsTheFormatLaysItOut()
    {
        float[] bias = [0.5f, -0.25f, 0.125f];
        float[] weight = [.. PublishedWeights().Select((v, i) => v + ((i + 1) * 0.01f))];
        var hash = CanonicalHash((Weight, weight), (Bias, bias));

        var tuning = Read(File(Header(count: 2, hash: hash), BiasRecord(), WeightRecord()));

        Assert.Equal(bias, tuning.Tensors[Bias]);
        Assert.Equal(weight, tuning.Tensors[Weight]);
        Assert.Equal(Convert.ToHexStringLower(hash)[..16], tuning.Digest);
    }

    [Fact]
    public void Read_RefusesBytesThatAreNotATuningFile()
    {
        var bytes = File(Header(count: 1), BiasRecord());
        "PK\u0003\u0004"u8.CopyTo(bytes);

        var error = Assert.Throws<InvalidDataException>(() => Read(bytes));

        Assert.Contains("not an encoder tuning file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAVersionItDoesNotKnow()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1, version: 2), BiasRecord())));

        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAFileCutShortAnywhere()
    {
        var bytes = File(Header(count: 2), BiasRecord(), WeightRecord());

        for (var length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Throws<InvalidDataException>(() => Read(bytes[..length]));
            Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_RefusesAFileCutShortAnywhereFromAStreamOfUnknownLength()
    {
        var bytes = File(Header(count: 2), BiasRecord(), WeightRecord());

        for (var length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Throws<InvalidDataException>(() => EncoderTuning.Read(new UnseekableStream(bytes[..length]), Model()));
            Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_RefusesBytesAfterTheLastTensor()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read([.. File(Header(count: 1), BiasRecord()), 0]));

        Assert.Contains("runs on after its last tensor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesATensorGivenTwice()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 2), BiasRecord(), BiasRecord())));

        Assert.Contains($"'{Bias}' twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesACountOfTensorsPastTheLimitBeforeReadingAny()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: uint.MaxValue), BiasRecord())));

        Assert.Contains($"{uint.MaxValue} tensors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesANameLongerThanTheLimit()
    {
        var name = new string('a', EncoderTuning.MaxNameBytes + 1);

        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record(TextEncoding.UTF8.GetBytes(name), [3], Float32Values, Floats(1f, 2f, 3f)))));

        Assert.Contains($"{EncoderTuning.MaxNameBytes + 1} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAnEmptyName()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record([], [3], Float32Values, Floats(1f, 2f, 3f)))));

        Assert.Contains("name of 0 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesANameThatIsNotUtf8()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record([0x65, 0xC3, 0x28], [3], Float32Values, Floats(1f, 2f, 3f)))));

        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesATensorThePublishedModelDoesNotHave()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record("encoder.layer.4.output.dense.weight", [3], Float32Values, Floats(1f, 2f, 3f)))));

        Assert.Contains("'encoder.layer.4.output.dense.weight'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesDimensionsOtherThanThePublishedOnesBeforeAllocatingThem()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record(Weight, [4, 1_000_000_000], Int8Difference, []))));

        Assert.Contains($"'{Weight}' dimensions other than the published model's [4, 3]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAnotherNumberOfDimensionsThanThePublishedOnes()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record(Weight, [12], Float32Values, Floats(new float[12])))));

        Assert.Contains($"'{Weight}' 1 dimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAnEncodingItDoesNotKnow()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record(Bias, [3], 7, Floats(1f, 2f, 3f)))));

        Assert.Contains("encoding (7)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesDifferencesByColumnForATensorOfOneDimension()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record(Bias, [3], Int8Difference, [.. Floats(0.01f, 0.01f, 0.01f), 1, 2, 3]))));

        Assert.Contains($"'{Bias}' in an encoding (1)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Read_RefusesAColumnScaleThatIsNotAFiniteNumberOfAtLeastZero(float scale)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), WeightRecord(secondScale: scale))));

        Assert.Contains($"'{Weight}' a column scale", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.NegativeInfinity)]
    public void Read_RefusesAValueThatIsNotFinite(float value)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(File(Header(count: 1), Record(Bias, [3], Float32Values, Floats(0.5f, value, 0.125f)))));

        Assert.Contains($"'{Bias}' a value that is not a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAFileWhoseValuesDoNotGiveTheDigestItCarries()
    {
        var bytes = Written();
        bytes[^1] ^= 0x01;

        var error = Assert.Throws<InvalidDataException>(() => Read(bytes));

        Assert.Contains("do not give the digest it carries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAFileWrittenAgainstAnotherModel()
    {
        var other = Model();
        other.Graph.Initializer[0] = DynamicQuantizer.FloatTensor(Weight, [4, 3], [.. PublishedWeights().Select(v => v + 0.5f)]);

        var error = Assert.Throws<InvalidDataException>(() => EncoderTuning.Read(new MemoryStream(Written()), other));

        Assert.Contains("written against another model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDigest_RefusesBytesThatAreNotATuningFile()
    {
        Assert.Throws<InvalidDataException>(() => EncoderTuning.ReadDigest(new MemoryStream("format\t3\nthreshold\t0.87\n"u8.ToArray())));
    }

    private static EncoderTuning Read(byte[] bytes) => EncoderTuning.Read(new MemoryStream(bytes), Model());

    // The SHA-256 of the canonical content, as the format defines it: for each tensor in ordinal order of name, the
    // name's length and UTF-8 bytes, the number of values and the values, all little-endian.
    private static byte[] CanonicalHash(params (string Name, float[] Values)[] tensors)
    {
        var content = tensors.OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => (byte[])[.. UInt32((uint)TextEncoding.UTF8.GetByteCount(t.Name)), .. TextEncoding.UTF8.GetBytes(t.Name), .. UInt32((uint)t.Values.Length), .. Floats(t.Values)]);
        return System.Security.Cryptography.SHA256.HashData([.. content]);
    }

    // A file EncoderTuning itself wrote: its digest is right, so only the change a test makes is wrong.
    private static byte[] Written()
    {
        var stream = new MemoryStream();
        EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = [.. PublishedWeights().Select((v, i) => v + (0.001f * i))] }).Write(stream, Model());
        return stream.ToArray();
    }

    // The hash is left as zeros where a test's refusal comes before it is checked.
    private static byte[] Header(uint count, uint version = EncoderTuning.FormatVersion, byte[]? hash = null) =>
        [.. "PCTUNING"u8, .. UInt32(version), .. hash ?? new byte[32], .. UInt32(count)];

    private static byte[] BiasRecord() => Record(Bias, [3], Float32Values, Floats(0.5f, -0.25f, 0.125f));

    // Steps of 1, 2, 3 ... 12 times a scale of 0.01 in each column.
    private static byte[] WeightRecord(float secondScale = 0.01f) =>
        Record(Weight, [4, 3], Int8Difference, [.. Floats(0.01f, secondScale, 0.01f), .. Enumerable.Range(1, 12).Select(i => (byte)i)]);

    private static byte[] Record(string name, uint[] dims, byte encoding, byte[] data) => Record(TextEncoding.UTF8.GetBytes(name), dims, encoding, data);

    private static byte[] Record(byte[] name, uint[] dims, byte encoding, byte[] data)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)name.Length);
        return [.. length, .. name, (byte)dims.Length, .. dims.SelectMany(UInt32), encoding, .. data];
    }

    private static byte[] File(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static byte[] UInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Floats(params float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return bytes;
    }

    private static float[] PublishedWeights() => [0.1f, 0.1f, 0.1f, -0.2f, 0.3f, 0.05f, 0f, 0.4f, -0.1f, 0.25f, 0.15f, -0.3f];

    private static ModelProto Model()
    {
        var graph = new GraphProto { Name = "layer" };
        graph.Initializer.Add(DynamicQuantizer.FloatTensor(Weight, [4, 3], PublishedWeights()));
        graph.Initializer.Add(DynamicQuantizer.FloatTensor(Bias, [3], [0f, 0f, 0f]));
        return new ModelProto { IrVersion = 7, Graph = graph };
    }

    // A stream that cannot say how long it is, as a network stream or a pipe.
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
