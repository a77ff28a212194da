using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification;

/// <summary>The ensemble file's format 3, which adds a network over the encoder's vector, and the older formats it still reads.</summary>
public class PartisanEnsembleFileTest
{
    private static readonly Func<ISentenceEncoder> NoEncoder = () => throw new InvalidOperationException("the encoder was loaded");

    private static readonly NetworkHead Network = NetworkHeadTest.Random384(hidden: 4, seed: 11);

    [Fact]
    public void Write_WithANetwork_WritesFormatThreeWithALineAHiddenUnit()
    {
        var lines = Text(With(Network)).Split('\n');

        Assert.Contains("format\t3", lines);
        Assert.Single(lines, l => l.StartsWith("network\t", StringComparison.Ordinal));
        Assert.Equal(4, lines.Count(l => l.StartsWith("n\t", StringComparison.Ordinal)));
        Assert.All(lines.Where(l => l.StartsWith("n\t", StringComparison.Ordinal)), l => Assert.Equal(4 + SentenceEncoder.Dimensions, l.Split('\t').Length));
    }

    [Fact]
    public void Read_GivesBackTheNetworkAsWritten()
    {
        var ensemble = With(Network);

        var again = Read(Text(ensemble), ensemble.Neighbours);

        Assert.NotNull(again.Network);
        Assert.Equal((Network.Hidden, Network.OutputBias), (again.Network.Hidden, again.Network.OutputBias));
        for (var unit = 0; unit < Network.Hidden; unit++)
        {
            var (weights, bias, outputWeight) = Network.Unit(unit);
            var (againWeights, againBias, againOutputWeight) = again.Network.Unit(unit);
            Assert.Equal(weights.ToArray(), againWeights.ToArray());
            Assert.Equal((bias, outputWeight), (againBias, againOutputWeight));
        }

        Assert.Equal(ensemble.Weights, again.Weights);
    }

    [Fact]
    public void Read_TheNetworksScoreIsCombinedAsWritten()
    {
        var ensemble = With(Network);
        var vector = Unit(SentenceEncoder.Dimensions, seed: 3);

        var again = Read(Text(ensemble), ensemble.Neighbours);

        Assert.Equal(ensemble.Combine(0.4, vector), again.Combine(0.4, vector), 12);
    }

    [Fact]
    public void Read_FormatThreeWithoutANeighboursLine_CombinesNoVote()
    {
        var ensemble = With(Network, vote: false);

        var again = Read(Text(ensemble), neighbours: null);

        Assert.Null(again.Neighbours);
        Assert.NotNull(again.Network);
    }

    [Fact]
    public void Read_FormatTwo_StillCombinesTheVoteWithoutANetwork()
    {
        var ensemble = With(network: null);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.Contains("format\t2\n", text, StringComparison.Ordinal);
        Assert.Null(again.Network);
        Assert.Same(ensemble.Neighbours, again.Neighbours);
        Assert.Equal((0.0, 0.0), (again.Weights.Network, again.Weights.NetworkBelowGate));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Read_GivesBackTheGatesOnPartyNamesAndPoliticalWords_EachLineOnlyWhenOn(bool names, bool words)
    {
        var ensemble = With(network: null).WithGate(0.01, names, words);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.Equal((names, words), (text.Contains("gate-party-names\ttrue\n", StringComparison.Ordinal), text.Contains("gate-political-words\ttrue\n", StringComparison.Ordinal)));
        Assert.Equal((names, words), (again.GatesOnPartyNames, again.GatesOnPoliticalWords));
    }

    [Fact]
    public void Read_GivesBackTheWeightOfACreditClaimsFrame()
    {
        var ensemble = With(network: null, creditClaim: 3.5);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.Contains("credit-claims\t3.5\n", text, StringComparison.Ordinal);
        Assert.Equal(3.5, again.Weights.CreditClaim);
    }

    [Fact]
    public void Read_AFileWithoutACreditClaimsWeight_NeverReadsTheFrame()
    {
        var ensemble = With(network: null, creditClaim: 0);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.DoesNotContain("credit-claims", text, StringComparison.Ordinal);
        Assert.Equal(0, again.CreditClaimOf("The coalition has delivered three new play areas in Hollin."));
    }

    [Fact]
    public void Read_GivesBackTheWeightOfAPartysVoice()
    {
        var ensemble = With(network: null, partyVoice: 2.5);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.Contains("party-voice\t2.5\n", text, StringComparison.Ordinal);
        Assert.Equal(2.5, again.Weights.PartyVoice);
        Assert.Equal(1, again.PartyVoiceOf("If we are re-elected, the Hollin pool will reopen."));
    }

    [Fact]
    public void Read_AFileWithoutAPartyVoiceWeight_NeverReadsTheVoice()
    {
        var ensemble = With(network: null, partyVoice: 0);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.DoesNotContain("party-voice", text, StringComparison.Ordinal);
        Assert.Equal(0, again.PartyVoiceOf("If we are re-elected, the Hollin pool will reopen."));
    }

    [Fact]
    public void Read_GivesBackTheWeightOfAReportersAccountOfAnAccusation()
    {
        var ensemble = With(network: null, reportedAccusation: -3.5);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.Contains("reported-accusations\t-3.5\n", text, StringComparison.Ordinal);
        Assert.Equal(-3.5, again.Weights.ReportedAccusation);
        Assert.Equal(1, again.ReportedAccusationOf("The Green group accused the cabinet of \"selling off the family silver\"."));
    }

    [Fact]
    public void Read_AFileWithoutAReportedAccusationWeight_NeverReadsTheFrame()
    {
        var ensemble = With(network: null, reportedAccusation: 0);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.DoesNotContain("reported-accusations", text, StringComparison.Ordinal);
        Assert.Equal(0, again.ReportedAccusationOf("The Green group accused the cabinet of \"selling off the family silver\"."));
    }

    [Fact]
    public void Read_RefusesAFrameWeightBeyondTheLargestAFileMayGive()
    {
        var ensemble = With(network: null);
        var text = Text(ensemble).Replace("format\t", "reported-accusations\t-40\nformat\t", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Read(text, ensemble.Neighbours));

        Assert.Contains("outside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GivesBackTheNgramFloor()
    {
        var ensemble = With(network: null, ngramFloor: 0.02);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.Contains("ngram-floor\t0.02\n", text, StringComparison.Ordinal);
        Assert.Equal(0.02, again.Weights.NgramFloor);
    }

    [Fact]
    public void Read_AFileWithoutAnNgramFloor_ReadsTheNgramModelDownToOneInAMillion()
    {
        var ensemble = With(network: null, ngramFloor: EnsembleWeights.DefaultNgramFloor);
        var text = Text(ensemble);

        var again = Read(text, ensemble.Neighbours);

        Assert.DoesNotContain("ngram-floor", text, StringComparison.Ordinal);
        Assert.Equal(1e-6, again.Weights.NgramFloor);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1e-9")]
    [InlineData("0.5")]
    [InlineData("-0.05")]
    public void Read_RefusesAnNgramFloorOutsideOneInAMillionToOneInTen(string floor)
    {
        var ensemble = With(network: null, ngramFloor: EnsembleWeights.DefaultNgramFloor);
        var text = Text(ensemble).Replace("format\t", "ngram-floor\t" + floor + "\nformat\t", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Read(text, ensemble.Neighbours));

        Assert.Contains("'ngram-floor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAnNgramFloorThatIsNotANumber()
    {
        var ensemble = With(network: null, ngramFloor: EnsembleWeights.DefaultNgramFloor);
        var text = Text(ensemble).Replace("format\t", "ngram-floor\tNaN\nformat\t", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Read(text, ensemble.Neighbours));

        Assert.Contains("no number for 'ngram-floor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesANetworkWithAUnitMissing()
    {
        var text = string.Join('\n', Text(With(Network)).Split('\n').Where(l => !l.StartsWith("n\t2\t", StringComparison.Ordinal)));

        var error = Assert.Throws<InvalidDataException>(() => Read(text, null));

        Assert.Contains("no line for unit 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAUnitBeyondTheNumberOfHiddenUnits()
    {
        var text = Text(With(Network)).Replace("\nn\t3\t", "\nn\t7\t", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Read(text, null));

        Assert.Contains("no line for unit 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAUnitGivenTwice()
    {
        var lines = Text(With(Network)).Split('\n').ToList();
        lines.Add(lines.First(l => l.StartsWith("n\t1\t", StringComparison.Ordinal)));

        var error = Assert.Throws<InvalidDataException>(() => Read(string.Join('\n', lines), null));

        Assert.Contains("hidden unit 1 a second time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAUnitLineCutShort()
    {
        var lines = Text(With(Network)).Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith("n\t0\t", StringComparison.Ordinal));
        lines[index] = string.Join('\t', lines[index].Split('\t')[..^1]);

        var error = Assert.Throws<InvalidDataException>(() => Read(string.Join('\n', lines), null));

        Assert.Contains($"Line {index + 1} of the ensemble file is not a hidden unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAWeightThatIsNotAFiniteNumber()
    {
        var lines = Text(With(Network)).Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith("n\t0\t", StringComparison.Ordinal));
        var fields = lines[index].Split('\t');
        fields[10] = "Infinity";
        lines[index] = string.Join('\t', fields);

        var error = Assert.Throws<InvalidDataException>(() => Read(string.Join('\n', lines), null));

        Assert.Contains("'Infinity' where a hidden unit's number should be", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("100000")]
    public void Read_RefusesANumberOfHiddenUnitsThatIsNotAWholeNumberInRange(string hidden)
    {
        var text = string.Join('\n', Text(With(Network)).Split('\n').Select(l => l.StartsWith("network\t", StringComparison.Ordinal) ? Field(l, 3, hidden) : l));

        var error = Assert.Throws<InvalidDataException>(() => Read(text, null));

        Assert.Contains("not a whole number from 1 to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesHiddenUnitsInAFileOfFormatTwo()
    {
        var unit = Text(With(Network)).Split('\n').First(l => l.StartsWith("n\t0\t", StringComparison.Ordinal));
        var formatTwo = With(network: null);

        var error = Assert.Throws<InvalidDataException>(() => Read(Text(formatTwo) + unit + "\n", formatTwo.Neighbours));

        Assert.Contains("only format 3 combines", error.Message, StringComparison.Ordinal);
    }

    private static PartisanEnsemble With(NetworkHead? network, bool vote = true, double creditClaim = 0, double partyVoice = 0, double reportedAccusation = 0, double ngramFloor = 0.05)
    {
        var shipped = PartisanClassifier.Ensemble;
        var weights = network is null
            ? shipped.Weights with { Network = 0, NetworkBelowGate = 0, CreditClaim = creditClaim, PartyVoice = partyVoice, ReportedAccusation = reportedAccusation, NgramFloor = ngramFloor }
            : shipped.Weights with { Network = 0.75, NetworkBelowGate = -2.5, CreditClaim = creditClaim, PartyVoice = partyVoice, ReportedAccusation = reportedAccusation, NgramFloor = ngramFloor };
        if (!vote)
        {
            weights = weights with { Neighbours = 0, NeighboursBelowGate = 0 };
        }

        return new PartisanEnsemble(
            shipped.Ngrams,
            [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)],
            shipped.EncoderBias,
            weights,
            shipped.Gate,
            shipped.Threshold,
            NoEncoder,
            vote ? shipped.Neighbours : null,
            network);
    }

    private static string Text(PartisanEnsemble ensemble)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        PartisanEnsembleFile.Write(ensemble, writer);
        return writer.ToString();
    }

    private static PartisanEnsemble Read(string text, NeighbourVote? neighbours) =>
        PartisanEnsembleFile.Read(new StringReader(text), PartisanClassifier.Default, NoEncoder, neighbours);

    private static string Field(string line, int index, string value)
    {
        var fields = line.Split('\t');
        fields[index] = value;
        return string.Join('\t', fields);
    }

    private static float[] Unit(int dimensions, int seed)
    {
        var random = new Random(seed);
        var vector = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / length)];
    }
}
