using System.Text.RegularExpressions;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Evaluation.Quotations;

/// <summary>A quotation of speech a person annotated by hand: its first words and who said it (several names for a joint statement).</summary>
/// <param name="File">The release it is in.</param>
/// <param name="Quote">The first words of its inner text.</param>
/// <param name="Speakers">Who said it, at their fullest; several for a joint statement; empty when the release does not say.</param>
public sealed record GoldQuotation(string File, string Quote, IReadOnlyList<string> Speakers);

/// <summary>Why a quotation counted against the extractor.</summary>
public enum MissKind
{
    /// <summary>A quotation of speech was not found (recall).</summary>
    Missed,

    /// <summary>Something that is not a quotation of speech was found (precision).</summary>
    Extra,

    /// <summary>The quotation was found with no speaker.</summary>
    NoSpeaker,

    /// <summary>The quotation was found with the wrong speaker.</summary>
    WrongSpeaker,
}

/// <summary>One miss, with what was expected and what was found.</summary>
public sealed record Miss(MissKind Kind, string File, string Quote, string Detail)
{
    public override string ToString() => $"{Kind,-12} {File}: \"{Shorten(Quote)}\"{(Detail.Length == 0 ? string.Empty : " " + Detail)}";

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..60] + "…";
    }
}

/// <summary>
/// Scores the quotations an extractor found against hand annotations. Predicted and annotated quotations are paired
/// one to one in reading order: a predicted quotation matches an annotated one when, with whitespace collapsed and
/// curly marks folded to straight ones, its text starts with the annotated words (or, for a predicted text of 20
/// characters or more, the annotated words start with it). Precision is matched over predicted, recall matched over
/// annotated, attribution the share of matched quotations whose speaker is right by the set's own comparison.
/// </summary>
public sealed partial class QuotationScore
{
    private readonly List<Miss> _misses = [];

    public int Releases { get; private set; }

    public int Predicted { get; private set; }

    public int Annotated { get; private set; }

    public int Matched { get; private set; }

    public int Attributed { get; private set; }

    public double Precision => Ratio(Matched, Predicted);

    public double Recall => Ratio(Matched, Annotated);

    public double Attribution => Ratio(Attributed, Matched);

    public IReadOnlyList<Miss> Misses => _misses;

    /// <summary>Scores one release: <paramref name="sameSpeaker"/> says whether a found quotation's speakers are the annotated ones.</summary>
    public void Add(string file, IReadOnlyList<Quotation> found, IEnumerable<GoldQuotation> expected, Func<Quotation, GoldQuotation, bool> sameSpeaker)
    {
        Releases++;
        Predicted += found.Count;
        var used = new bool[found.Count];
        foreach (var want in expected)
        {
            Annotated++;
            var index = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used[i] && Matches(found[i].Text, want.Quote), -1);
            if (index < 0)
            {
                _misses.Add(new Miss(MissKind.Missed, file, want.Quote, string.Empty));
                continue;
            }

            used[index] = true;
            Matched++;
            if (sameSpeaker(found[index], want))
            {
                Attributed++;
                continue;
            }

            var names = string.Join("; ", found[index].Speakers.Select(s => $"{s.Name} ({s.AttributedBy})"));
            var kind = found[index].Speakers.IsEmpty && want.Speakers.Count > 0 ? MissKind.NoSpeaker : MissKind.WrongSpeaker;
            _misses.Add(new Miss(kind, file, want.Quote, $"said by '{string.Join("; ", want.Speakers)}', found '{names}'"));
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (!used[i])
            {
                _misses.Add(new Miss(MissKind.Extra, file, found[i].Text, string.Empty));
            }
        }
    }

    public string Summary =>
        $"precision {Precision:0.000} ({Matched}/{Predicted}), recall {Recall:0.000} ({Matched}/{Annotated}), attribution {Attribution:0.000} ({Attributed}/{Matched})";

    public static string Normalise(string text) =>
        WhiteSpace().Replace(text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\''), " ").Trim();

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static bool Matches(string predicted, string gold)
    {
        var p = Normalise(predicted);
        var g = Normalise(gold);
        return p.StartsWith(g, StringComparison.Ordinal) || (p.Length >= 20 && g.StartsWith(p, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
