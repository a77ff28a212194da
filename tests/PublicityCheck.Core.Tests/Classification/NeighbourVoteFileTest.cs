using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

public class NeighbourVoteFileTest
{
    private static readonly NeighbourVote Vote = NeighbourVote.Build(
        2,
        [
            (true, [0.8f, 0.6f, 0f], 1.5f),
            (false, [0f, 0.6f, 0.8f], 0.75f),
            (false, [-0.6f, 0f, 0.8f], 1f),
        ]);

    [Fact]
    public void Read_GivesBackTheVoteAsWritten()
    {
        var again = NeighbourVoteFile.Read(new MemoryStream(Bytes(Vote)));

        Assert.Equal((Vote.K, Vote.Dimensions, Vote.Count), (again.K, again.Dimensions, again.Count));
        for (var i = 0; i < Vote.Count; i++)
        {
            var (components, scale, isPartisan, weight) = Vote.Row(i);
            var (againComponents, againScale, againIsPartisan, againWeight) = again.Row(i);
            Assert.Equal(components.ToArray(), againComponents.ToArray());
            Assert.Equal((scale, isPartisan, weight), (againScale, againIsPartisan, againWeight));
        }

        Assert.Equal(Vote.Score([0.6f, 0.8f, 0f]), again.Score([0.6f, 0.8f, 0f]));
    }

    [Fact]
    public void Read_RefusesAFileCutShort()
    {
        var bytes = Bytes(Vote);

        var error = Assert.Throws<InvalidDataException>(() => NeighbourVoteFile.Read(new MemoryStream(bytes[..^2])));

        Assert.Contains("ends inside its 3 sentences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesBytesThatAreNotAVote()
    {
        var bytes = Bytes(Vote);
        bytes[0] = (byte)'X';

        var error = Assert.Throws<InvalidDataException>(() => NeighbourVoteFile.Read(new MemoryStream(bytes)));

        Assert.Contains("not a neighbour vote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesDataAfterTheLastSentence()
    {
        byte[] bytes = [.. Bytes(Vote), 0];

        var error = Assert.Throws<InvalidDataException>(() => NeighbourVoteFile.Read(new MemoryStream(bytes)));

        Assert.Contains("after its last sentence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInVote_HoldsEveryTrainingSentence()
    {
        var trainingSentences = File.ReadLines(Path.Combine(Support.RepositoryPaths.Root, "lexicons", "partisan", "train.tsv")).Count(l => l.Length > 0 && l[0] != '#');

        var vote = PartisanClassifier.Ensemble.Neighbours!;

        Assert.Equal(trainingSentences, vote.Count);
    }

    private static byte[] Bytes(NeighbourVote vote)
    {
        using var stream = new MemoryStream();
        NeighbourVoteFile.Write(vote, stream);
        return stream.ToArray();
    }
}
