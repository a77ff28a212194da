namespace PublicityCheck.Classification;

/// <summary>One thread's working space for scoring: the normalised sentence and a count per feature.</summary>
internal sealed class ScoringScratch(int capacity)
{
    private readonly float[] _counts = new float[capacity];
    private int[] _touched = new int[512];

    public int Capacity => _counts.Length;

    public NormalizedText Text { get; } = new();

    /// <summary>Counts one more of feature <paramref name="index"/>; returns the new number of distinct features.</summary>
    public int Touch(int index, int touched)
    {
        if (_counts[index] == 0)
        {
            if (touched == _touched.Length)
            {
                Array.Resize(ref _touched, touched * 2);
            }

            _touched[touched++] = index;
        }

        _counts[index]++;
        return touched;
    }

    /// <summary>
    /// The dot product of the counted features with <paramref name="weights"/>, scaled by the counts' length, and that
    /// length; clears the counts.
    /// </summary>
    public (double Dot, double Norm) Drain(float[] weights, int touched)
    {
        double dot = 0, squares = 0;
        for (var i = 0; i < touched; i++)
        {
            var index = _touched[i];
            double count = _counts[index];
            dot += weights[index] * count;
            squares += count * count;
            _counts[index] = 0;
        }

        var norm = Math.Sqrt(squares);
        return norm == 0 ? (0, 0) : (dot / norm, norm);
    }
}
