using System.Buffers.Binary;

namespace PublicityCheck.Classification;

/// <summary>
/// Reads and writes the neighbour vote (<c>models/partisan.neighbours.bin</c>): the magic bytes <c>PCNV</c>, a format
/// version, the number of sentences, the vector length and K (four little-endian 32-bit integers), then for each
/// sentence its label (one byte, 1 for partisan), its weight and its scale (little-endian 32-bit floats) and its vector
/// (one signed byte a dimension). Binary, where the other model files are text: the vectors are 2.7 million numbers,
/// which as text would be ten times the size and say nothing in a diff; the training program's card records what
/// changed.
/// </summary>
internal static class NeighbourVoteFile
{
    private const int FormatVersion = 1;
    private const int MaxSentences = 200_000;
    private const int MaxDimensions = 1_024;
    private static readonly byte[] Magic = "PCNV"u8.ToArray();

    /// <summary>Reads a vote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a neighbour vote of this format.</exception>
    public static NeighbourVote Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[20];
        ReadExactly(stream, header, "its header");
        if (!header[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != FormatVersion)
        {
            throw new InvalidDataException($"The data is not a neighbour vote of format {FormatVersion}.");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var k = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (count is <= 0 or > MaxSentences || dimensions is <= 0 or > MaxDimensions || k <= 0)
        {
            throw new InvalidDataException($"The neighbour vote's header is out of range: {count} sentences, {dimensions} dimensions, K {k}.");
        }

        // Every sentence in one read: a resource stream or a file gives it in one copy, where a read a sentence costs
        // fourteen thousand calls.
        var recordLength = 9 + dimensions;
        if (stream.CanSeek && stream.Length - stream.Position < (long)count * recordLength)
        {
            throw new InvalidDataException($"The neighbour vote ends inside its {count} sentences.");
        }

        var records = new byte[count * recordLength];
        ReadExactly(stream, records, $"its {count} sentences");
        var labels = new bool[count];
        var weights = new float[count];
        var scales = new float[count];
        var rows = new sbyte[count * dimensions];
        for (var i = 0; i < count; i++)
        {
            var record = records.AsSpan(i * recordLength, recordLength);
            if (record[0] > 1)
            {
                throw new InvalidDataException($"Sentence {i} of the neighbour vote has no label.");
            }

            labels[i] = record[0] == 1;
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(record[1..]);
            scales[i] = BinaryPrimitives.ReadSingleLittleEndian(record[5..]);
            if (!float.IsFinite(weights[i]) || weights[i] < 0 || !float.IsFinite(scales[i]) || scales[i] < 0)
            {
                throw new InvalidDataException($"Sentence {i} of the neighbour vote has a weight or scale that is not a finite, non-negative number.");
            }

            record[9..].CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows.AsSpan(i * dimensions, dimensions)));
        }

        if (stream.ReadByte() != -1)
        {
            throw new InvalidDataException("The neighbour vote has data after its last sentence.");
        }

        return new NeighbourVote(k, dimensions, rows, scales, labels, weights);
    }

    /// <summary>Writes <paramref name="vote"/>.</summary>
    public static void Write(NeighbourVote vote, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[20];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], vote.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], vote.Dimensions);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], vote.K);
        stream.Write(header);
        Span<byte> fixedPart = stackalloc byte[9];
        for (var i = 0; i < vote.Count; i++)
        {
            var (components, scale, isPartisan, weight) = vote.Row(i);
            fixedPart[0] = isPartisan ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteSingleLittleEndian(fixedPart[1..], weight);
            BinaryPrimitives.WriteSingleLittleEndian(fixedPart[5..], scale);
            stream.Write(fixedPart);
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(components.Span));
        }
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string what)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"The neighbour vote ends inside {what}.", ex);
        }
    }
}
