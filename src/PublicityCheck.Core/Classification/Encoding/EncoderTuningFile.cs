using Onnx;

namespace PublicityCheck.Classification.Encoding;

/// <summary>
/// A tuning file (<see cref="EncoderTuning.Write"/>) known by the digest in its header, and read whole only when the
/// encoder must be built from the published model: a start that finds the tuned model saved in the cache never reads
/// the published model, nor more of this file than its header.
/// </summary>
internal sealed class EncoderTuningFile
{
    private readonly Func<Stream> _open;

    private EncoderTuningFile(Func<Stream> open, string digest)
    {
        _open = open;
        Digest = digest;
    }

    /// <summary>The <see cref="EncoderTuning.Digest"/> of the tuning the file gives.</summary>
    public string Digest { get; }

    /// <summary>The tuning file <paramref name="open"/> opens (again each time it is read), its header read now.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a tuning file of this version.</exception>
    public static EncoderTuningFile Open(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var stream = open();
        return new EncoderTuningFile(open, EncoderTuning.ReadDigest(stream));
    }

    /// <summary>Reads the whole tuning against <paramref name="published"/>.</summary>
    /// <exception cref="InvalidDataException">The file is damaged, or was not written against <paramref name="published"/>, or it changed since its header was read.</exception>
    public EncoderTuning Read(ModelProto published)
    {
        using var stream = _open();
        var tuning = EncoderTuning.Read(stream, published);
        if (tuning.Digest != Digest)
        {
            throw new InvalidDataException($"The encoder's tuning file gives {tuning.Digest}, not {Digest} as its header did when it was opened.");
        }

        return tuning;
    }
}
