namespace PublicityCheck.Classification.Encoding;

/// <summary>The numbers the sentence encoder's weights are held in.</summary>
internal enum EncoderPrecision
{
    /// <summary>The model as published: 32-bit floating point weights (87 MB).</summary>
    Float32,

    /// <summary>
    /// Weights quantised to 8-bit integers with a scale per column or row (<see cref="DynamicQuantizer"/>): a quarter
    /// of the size, quicker to load and to run, with vectors slightly different from <see cref="Float32"/>'s.
    /// </summary>
    Int8,
}

/// <summary>The names <see cref="EncoderPrecision"/> goes by in files and on the command line.</summary>
internal static class EncoderPrecisions
{
    /// <summary>The name of <paramref name="precision"/>: <c>float32</c> or <c>int8</c>.</summary>
    public static string Name(this EncoderPrecision precision) => precision switch
    {
        EncoderPrecision.Float32 => "float32",
        EncoderPrecision.Int8 => "int8",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>The precision named <paramref name="name"/>, if it is one.</summary>
    public static bool TryParse(string? name, out EncoderPrecision precision)
    {
        foreach (var candidate in Enum.GetValues<EncoderPrecision>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                precision = candidate;
                return true;
            }
        }

        precision = default;
        return false;
    }
}
