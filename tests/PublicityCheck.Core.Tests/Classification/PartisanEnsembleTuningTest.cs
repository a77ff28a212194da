using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification;

/// <summary>The ensemble file's record of the encoder tuning its heads were trained on, and its match to the tuning installed.</summary>
public class PartisanEnsembleTuningTest
{
    private const string Tuned = "3f9a0c2e71b45d86";
    private const string OtherTuning = "a41e9b07c3d25f18";

    private static readonly Func<EncoderPrecision, ISentenceEncoder> NoEncoder = _ => throw new InvalidOperationException("the encoder was loaded");

    [Fact]
    public void Read_TakesAFileNamingNoTuningAsTrainedOnTheEncoderAsPublished()
    {
        var ensemble = Read(FileText(tuningLine: null));

        Assert.Null(ensemble.EncoderTuning);
    }

    [Fact]
    public void Read_KeepsTheTuningTheFileNames()
    {
        var ensemble = Read(FileText($"encoder-tuning\t{Tuned}"));

        Assert.Equal(Tuned, ensemble.EncoderTuning);
    }

    [Fact]
    public void Write_RecordsTheTuningSoThatItReadsBack()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);

        PartisanEnsembleFile.Write(Read(FileText($"encoder-tuning\t{Tuned}")), text);

        Assert.Contains($"encoder-tuning\t{Tuned}\n", text.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(Tuned, Read(text.ToString()).EncoderTuning);
    }

    [Fact]
    public void Write_NamesNoTuningForAnEnsembleOfTheEncoderAsPublished()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);

        PartisanEnsembleFile.Write(Read(FileText(tuningLine: null)), text);

        Assert.DoesNotContain("encoder-tuning", text.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3F9A0C2E71B45D86")]
    [InlineData("3f9a0c2e71b45d8")]
    [InlineData("3f9a0c2e71b45d86aa")]
    [InlineData("../../models/x.bin")]
    public void Read_RefusesATuningThatIsNotSixteenLowercaseHexDigits(string digest)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(FileText($"encoder-tuning\t{digest}")));

        Assert.Contains($"'{digest}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireTuning_AcceptsTheTuningTheEnsembleWasTrainedWith()
    {
        PartisanEnsembleFile.RequireTuning(Read(FileText($"encoder-tuning\t{Tuned}")), Tuned);
    }

    [Fact]
    public void RequireTuning_AcceptsNoTuningForAnEnsembleOfTheEncoderAsPublished()
    {
        PartisanEnsembleFile.RequireTuning(Read(FileText(tuningLine: null)), tuningDigest: null);
    }

    [Fact]
    public void RequireTuning_RefusesAnotherTuningThanTheEnsemblesAndNamesBoth()
    {
        var error = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.RequireTuning(Read(FileText($"encoder-tuning\t{Tuned}")), OtherTuning));

        Assert.Contains(Tuned, error.Message, StringComparison.Ordinal);
        Assert.Contains(OtherTuning, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireTuning_RefusesTheEncoderAsPublishedForAnEnsembleTrainedOnATunedOne()
    {
        var error = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.RequireTuning(Read(FileText($"encoder-tuning\t{Tuned}")), tuningDigest: null));

        Assert.Contains($"tuned by {Tuned}, and no encoder tuning is installed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireTuning_RefusesATunedEncoderForAnEnsembleTrainedOnTheEncoderAsPublished()
    {
        var error = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.RequireTuning(Read(FileText(tuningLine: null)), Tuned));

        Assert.Contains($"trained on the encoder as published, and the encoder's tuning {Tuned} is installed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInEnsemble_NamesTheTuningBuiltInBesideIt()
    {
        PartisanEnsembleFile.RequireTuning(PartisanClassifier.Ensemble, PartisanClassifier.BuiltInTuning()?.Digest);
    }

    [Fact]
    public void LoadEnsemble_RefusesATuningTheBuiltInEnsembleWasNotTrainedWith()
    {
        // A tuning file's header: what the ensemble is matched on; the encoder, were it loaded, would read the rest.
        byte[] header = [.. "PCTUNING"u8, 1, 0, 0, 0, .. new byte[32], 0, 0, 0, 0];
        var tuning = EncoderTuningFile.Open(() => new MemoryStream(header));

        var error = Assert.Throws<InvalidDataException>(() => PartisanClassifier.LoadEnsemble(tuning));

        Assert.Equal(new string('0', 16), tuning.Digest);
        Assert.Contains(tuning.Digest, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEncoderChoice_GivesThePrecisionAndTuningReadJoins()
    {
        var text = FileText($"encoder-tuning\t{Tuned}").Replace("encoder-bias\t-1\n", "encoder-bias\t-1\nencoder-precision\tint8\n", StringComparison.Ordinal);

        var choice = PartisanEnsembleFile.ReadEncoderChoice(new StringReader(text));

        var ensemble = Read(text);
        Assert.Equal((EncoderPrecision.Int8, Tuned), choice);
        Assert.Equal((ensemble.EncoderPrecision, ensemble.EncoderTuning), choice);
    }

    [Fact]
    public void ReadEncoderChoice_TakesAFileNamingNeitherAsTheFloat32EncoderAsPublished()
    {
        var choice = PartisanEnsembleFile.ReadEncoderChoice(new StringReader(FileText(tuningLine: null)));

        Assert.Equal((EncoderPrecision.Float32, (string?)null), choice);
    }

    [Theory]
    [InlineData("encoder-tuning\t../../models/x.bin", "'../../models/x.bin'")]
    [InlineData("encoder-precision\tfloat64", "'float64'")]
    public void ReadEncoderChoice_RefusesWhatReadRefuses(string line, string named)
    {
        var text = FileText(line);

        var early = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.ReadEncoderChoice(new StringReader(text)));

        Assert.Contains(named, early.Message, StringComparison.Ordinal);
        Assert.Equal(Assert.Throws<InvalidDataException>(() => Read(text)).Message, early.Message);
    }

    [Fact]
    public void ReadEncoderChoice_StopsAtAFileLongerThanAnEnsembleFile()
    {
        var text = string.Concat(Enumerable.Repeat("# a comment\n", 100_000));

        var error = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.ReadEncoderChoice(new StringReader(text)));

        Assert.Contains("more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInEncoder_IsTheEncoderTheBuiltInEnsembleAsksFor()
    {
        var ensemble = PartisanClassifier.Ensemble;

        var early = PartisanClassifier.BuiltInEncoder();

        Assert.Same(SentenceEncoder.SharedFor(ensemble.EncoderPrecision, PartisanClassifier.BuiltInTuning()), early);
    }

    private static PartisanEnsemble Read(string text) => PartisanEnsembleFile.Read(new StringReader(text), PartisanClassifier.Default, NoEncoder);

    // A complete ensemble file of format 1, with the tuning line given.
    private static string FileText(string? tuningLine)
    {
        var lines = new List<string> { "format\t1", "threshold\t0.9", "gate\t0.2", "stack\t1\t1\t0", "encoder-below-gate\t-3", "encoder-bias\t-1" };
        if (tuningLine is not null)
        {
            lines.Add(tuningLine);
        }

        lines.AddRange(Enumerable.Range(0, SentenceEncoder.Dimensions).Select(d => string.Create(CultureInfo.InvariantCulture, $"e\t{d}\t{(d % 7) * 0.01}")));
        return string.Join('\n', lines) + "\n";
    }
}
