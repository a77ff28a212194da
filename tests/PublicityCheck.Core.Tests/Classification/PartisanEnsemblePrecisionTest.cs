using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification;

/// <summary>The ensemble file's record of the encoder precision its regression was trained with.</summary>
public class PartisanEnsemblePrecisionTest
{
    [Fact]
    public void Read_TakesAFileNamingNoPrecisionAsTrainedOnFloat32()
    {
        var requested = new List<EncoderPrecision>();

        var ensemble = PartisanEnsembleFile.Read(new StringReader(FileText(precisionLine: null)), PartisanClassifier.Default, Recording(requested));
        ensemble.Score(["The Conservative group's councillors have failed residents again."], int.MaxValue);

        Assert.Equal(EncoderPrecision.Float32, ensemble.EncoderPrecision);
        Assert.Equal([EncoderPrecision.Float32], requested);
    }

    [Fact]
    public void Read_GivesAnEnsembleTrainedOnInt8TheInt8Encoder()
    {
        var requested = new List<EncoderPrecision>();

        var ensemble = PartisanEnsembleFile.Read(new StringReader(FileText("encoder-precision\tint8")), PartisanClassifier.Default, Recording(requested));
        ensemble.Score(["The Conservative group's councillors have failed residents again."], int.MaxValue);

        Assert.Equal(EncoderPrecision.Int8, ensemble.EncoderPrecision);
        Assert.Equal([EncoderPrecision.Int8], requested);
    }

    [Fact]
    public void Write_RecordsThePrecisionSoThatItReadsBack()
    {
        var ensemble = PartisanEnsembleFile.Read(new StringReader(FileText("encoder-precision\tint8")), PartisanClassifier.Default, _ => throw new InvalidOperationException());
        var text = new StringWriter(CultureInfo.InvariantCulture);

        PartisanEnsembleFile.Write(ensemble, text);
        var again = PartisanEnsembleFile.Read(new StringReader(text.ToString()), PartisanClassifier.Default, _ => throw new InvalidOperationException());

        Assert.Contains("encoder-precision\tint8", text.ToString(), StringComparison.Ordinal);
        Assert.Equal(EncoderPrecision.Int8, again.EncoderPrecision);
    }

    [Fact]
    public void Read_RefusesAPrecisionItDoesNotKnow()
    {
        var error = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.Read(new StringReader(FileText("encoder-precision\tfloat16")), PartisanClassifier.Default, _ => throw new InvalidOperationException()));

        Assert.Contains("'float16'", error.Message, StringComparison.Ordinal);
    }

    // A complete ensemble file whose encoder regression reads dimension 0 only, so that every sentence past the gate
    // (gate 0: all of them) asks for the encoder.
    private static string FileText(string? precisionLine)
    {
        var lines = new List<string> { "format\t1", "threshold\t0.9", "gate\t0", "stack\t1\t1\t0", "encoder-below-gate\t-3", "encoder-bias\t-1" };
        if (precisionLine is not null)
        {
            lines.Add(precisionLine);
        }

        lines.AddRange(Enumerable.Range(0, SentenceEncoder.Dimensions).Select(d => string.Create(CultureInfo.InvariantCulture, $"e\t{d}\t{(d == 0 ? 1 : 0)}")));
        return string.Join('\n', lines) + "\n";
    }

    private static Func<EncoderPrecision, ISentenceEncoder> Recording(List<EncoderPrecision> requested) => precision =>
    {
        requested.Add(precision);
        return new ZeroEncoder();
    };

    private sealed class ZeroEncoder : ISentenceEncoder
    {
        public float[][] Encode(IReadOnlyList<string> sentences) => [.. sentences.Select(_ => new float[SentenceEncoder.Dimensions])];
    }
}
