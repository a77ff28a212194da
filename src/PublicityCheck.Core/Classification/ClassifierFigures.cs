namespace PublicityCheck.Classification;

/// <summary>How one kind of labelled sentence fared: how many there are, and the share the classifier got right.</summary>
/// <param name="Kind">The kind (empty for sentences given none).</param>
/// <param name="IsPartisan">Whether the kind's sentences are labelled partisan.</param>
/// <param name="Count">How many there are.</param>
/// <param name="Right">How many the classifier got right.</param>
internal sealed record KindFigures(string Kind, bool IsPartisan, int Count, int Right)
{
    /// <summary>The share right.</summary>
    public double Share => Count == 0 ? 0 : (double)Right / Count;
}

/// <summary>
/// A classifier's figures on labelled sentences at one threshold: precision and recall on the partisan ones, F1, the
/// share of neutral sentences it calls partisan (false alarms, what a press office sees), and the share right by kind.
/// </summary>
internal sealed record ClassifierFigures(
    double Threshold,
    int Partisan,
    int Neutral,
    int Found,
    int FalseAlarms,
    IReadOnlyList<KindFigures> Kinds)
{
    /// <summary>The share of sentences called partisan that are.</summary>
    public double Precision => Ratio(Found, Found + FalseAlarms);

    /// <summary>The share of partisan sentences called partisan.</summary>
    public double Recall => Ratio(Found, Partisan);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The share of neutral sentences called partisan.</summary>
    public double FalseAlarmRate => Ratio(FalseAlarms, Neutral);

    /// <summary>The figures of <paramref name="scores"/> (one a row) at <paramref name="threshold"/>.</summary>
    public static ClassifierFigures Of(IReadOnlyList<LabelledSentence> rows, IReadOnlyList<double> scores, double threshold)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scores);
        if (rows.Count != scores.Count)
        {
            throw new ArgumentException("One score a row is needed.", nameof(scores));
        }

        var called = rows.Select((row, i) => (Row: row, Partisan: scores[i] >= threshold)).ToList();
        var kinds = called.GroupBy(c => (c.Row.Kind, c.Row.IsPartisan))
            .OrderBy(g => g.Key.IsPartisan ? 0 : 1).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => new KindFigures(g.Key.Kind, g.Key.IsPartisan, g.Count(), g.Count(c => c.Partisan == c.Row.IsPartisan)))
            .ToList();
        return new ClassifierFigures(
            threshold,
            Partisan: called.Count(c => c.Row.IsPartisan),
            Neutral: called.Count(c => !c.Row.IsPartisan),
            Found: called.Count(c => c.Row.IsPartisan && c.Partisan),
            FalseAlarms: called.Count(c => !c.Row.IsPartisan && c.Partisan),
            kinds);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
