using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Classification;
using PublicityCheck.Configuration;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Releases;

public sealed class ReleaseModelBuilderTest
{
    private static readonly LocalDate InThePeriod = new(2026, 4, 14);

    private static readonly Election AbbeyByElection =
        new("abbey-2026", "the Abbey ward by-election", new LocalDate(2026, 5, 7), ElectionType.ByElection, UkCountry.England) { Wards = ["Abbey"] };

    private static ReleaseModel Build(PublicityCheckConfiguration configuration, LocalDate publishOn, params string[] paragraphs) =>
        new ReleaseModelBuilder(configuration).Build(TestDocuments.FromParagraphs("release.md", paragraphs), new AnalysisOptions(publishOn, configuration));

    [Fact]
    public void Build_ResolvesEachSpeakerWithTheRolesHeldOnThePublicationDate()
    {
        var model = Build(
            WreakeValley.Configuration(),
            new LocalDate(2026, 6, 2),
            "Mardale Park reopens",
            "\"The park is open to everyone again,\" said Councillor Rajesh Patel, Leader of the Council.");

        var speaker = Assert.Single(model.Speakers);
        Assert.Same(WreakeValley.RajeshPatel, speaker.Person);
        Assert.Equal([RoleKind.Leader], speaker.Roles.Select(r => r.Kind));
        Assert.Same(speaker.Quotation, Assert.Single(model.Quotations));
    }

    [Fact]
    public void Build_SplitsEveryBlockIntoSentencesInReadingOrder()
    {
        var model = Build(PublicityCheckConfiguration.Default, InThePeriod, "Library hours", "The library opens at 9am. It closes at 5pm.");

        Assert.Equal(["Library hours", "The library opens at 9am.", "It closes at 5pm."], model.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Build_LeavesOutAByElectionPeriodWhenTheReleaseNamesNoneOfItsWards()
    {
        var configuration = PublicityCheckConfiguration.Default with { Elections = [AbbeyByElection] };

        var model = Build(configuration, InThePeriod, "Resurfacing starts on Mardale Road", "Work on Mardale Road starts on Monday.");

        Assert.Empty(model.ElectionPeriods);
        Assert.Null(model.PeriodInForce);
    }

    [Fact]
    public void Build_HoldsAByElectionPeriodInForceWhenTheReleaseNamesItsWard()
    {
        var configuration = PublicityCheckConfiguration.Default with { Elections = [AbbeyByElection] };

        var model = Build(configuration, InThePeriod, "Resurfacing starts in Abbey", "Work on roads in Abbey starts on Monday.");

        Assert.Equal("abbey-2026", model.PeriodInForce?.Election.Id);
    }

    [Fact]
    public void Build_PutsThePeriodEndingFirstFirstWhenTwoAreInForce()
    {
        var county = new Election("county-2026", "the county council elections", new LocalDate(2026, 5, 14), ElectionType.Local, UkCountry.England);
        var configuration = PublicityCheckConfiguration.Default with { Elections = [county, WreakeValley.BoroughElections2026] };

        var model = Build(configuration, InThePeriod, "Bin rounds change", "Collections move to Tuesdays from May.");

        Assert.Equal(["local-2026", "county-2026"], model.PeriodsInForce.Select(p => p.Election.Id));
        Assert.Same(model.PeriodsInForce[0], model.PeriodInForce);
    }

    [Fact]
    public void Build_HoldsAPeriodStartingWithinTheNoticeAsStartingSoon()
    {
        var configuration = PublicityCheckConfiguration.Default with { Elections = [WreakeValley.BoroughElections2026] };

        var model = Build(configuration, new LocalDate(2026, 3, 25), "Bin rounds change", "Collections move to Tuesdays from May.");

        Assert.Equal("local-2026", Assert.Single(model.PeriodsStartingSoon).Election.Id);
        Assert.Empty(model.PeriodsInForce);
    }

    [Theory]
    [InlineData(false, false, PublicationDateOrigin.Release)]
    [InlineData(true, false, PublicationDateOrigin.Host)]
    [InlineData(false, true, PublicationDateOrigin.Assumed)]
    public void Build_RecordsWhereThePublicationDateCameFrom(bool given, bool assumed, PublicationDateOrigin expected)
    {
        var configuration = PublicityCheckConfiguration.Default;
        var options = new AnalysisOptions(InThePeriod, configuration) { PublishOnGiven = given, PublishOnAssumed = assumed };

        var model = new ReleaseModelBuilder(configuration).Build(TestDocuments.FromParagraphs("release.md", "Bin rounds change"), options);

        Assert.Equal(expected, model.PublishOnOrigin);
    }

    [Fact]
    public void Build_GivesTheHostsDateTheSourceOfTheCommandLineOption()
    {
        var configuration = PublicityCheckConfiguration.Default;
        var options = new AnalysisOptions(InThePeriod, configuration) { PublishOnGiven = true };

        var model = new ReleaseModelBuilder(configuration).Build(TestDocuments.FromParagraphs("release.md", "Bin rounds change"), options);

        Assert.Equal(PublicityCheck.Documents.PublishOnSource.Option, model.PublishOnSource);
    }

    [Fact]
    public void Build_RefusesOptionsUnderAnotherConfiguration()
    {
        var builder = new ReleaseModelBuilder(WreakeValley.Configuration());
        var options = new AnalysisOptions(InThePeriod, PublicityCheckConfiguration.Default);

        Assert.Throws<ArgumentException>(() => builder.Build(TestDocuments.FromParagraphs("release.md", "Bin rounds change"), options));
    }

    [Fact]
    public void Build_LeavesTheClassifierUnloadedUntilAScoreIsAskedFor()
    {
        var loads = 0;
        var configuration = PublicityCheckConfiguration.Default;
        var builder = new ReleaseModelBuilder(configuration, () => { loads++; return PartisanClassifier.Default; });

        builder.Build(TestDocuments.FromParagraphs("release.md", "The new pool is finally open."), new AnalysisOptions(InThePeriod, configuration));

        Assert.Equal(0, loads);
    }

    [Fact]
    public void PartisanScoreOf_ScoresEverySentenceWithOneLoadOfTheClassifier()
    {
        var loads = 0;
        var configuration = PublicityCheckConfiguration.Default;
        var builder = new ReleaseModelBuilder(configuration, () => { loads++; return PartisanClassifier.Default; });
        var model = builder.Build(
            TestDocuments.FromParagraphs("pool.md", "Kettleby pool reopens", "The failed Conservative administration left the pool to crumble.", "The pool opens at 7am."),
            new AnalysisOptions(InThePeriod, configuration));

        var scores = model.Sentences.Select(model.PartisanScoreOf).ToList();
        var again = model.Sentences.Select(model.PartisanScoreOf).ToList();

        Assert.Equal(1, loads);
        Assert.Equal(model.Sentences.Select(s => PartisanClassifier.Default.Score(s.Text)), scores);
        Assert.Equal(scores, again);
    }

    [Fact]
    public void PartisanScoreOf_AsksTheScorerOnceForEverySentenceInReadingOrder()
    {
        var scorer = new RecordingScorer();
        var configuration = PublicityCheckConfiguration.Default;
        var model = new ReleaseModelBuilder(configuration, () => scorer).Build(
            TestDocuments.FromParagraphs("library.md", "Library hours change", "The library opens at 9am from Monday. It closes at 6pm."),
            new AnalysisOptions(InThePeriod, configuration));

        var scores = model.Sentences.Select(model.PartisanScoreOf).ToList();

        var batch = Assert.Single(scorer.Batches);
        Assert.Equal(["Library hours change", "The library opens at 9am from Monday.", "It closes at 6pm."], batch);
        Assert.Equal([0.0, 1.0, 2.0], scores);
    }

    [Fact]
    public void PartisanScoreOf_RefusesAScorerThatGivesTooFewScores()
    {
        var configuration = PublicityCheckConfiguration.Default;
        var model = new ReleaseModelBuilder(configuration, () => new RecordingScorer { Drop = 1 }).Build(
            TestDocuments.FromParagraphs("library.md", "The library opens at 9am from Monday. It closes at 6pm."),
            new AnalysisOptions(InThePeriod, configuration));

        Assert.Throws<InvalidOperationException>(() => model.PartisanScoreOf(model.Sentences[0]));
    }

    [Fact]
    public void PartisanScoreOf_RefusesASentenceOfAnotherRelease()
    {
        var first = Build(PublicityCheckConfiguration.Default, InThePeriod, "The pool opens at 7am.");
        var second = Build(PublicityCheckConfiguration.Default, InThePeriod, "The pool opens at 7am.");

        Assert.Throws<ArgumentException>(() => first.PartisanScoreOf(second.Sentences[0]));
    }

    [Fact]
    public void ExplainPartisanScore_ExplainsPhraseByPhraseOnlyTheFirstSentencesOfARelease()
    {
        var scorer = new RecordingScorer();
        var configuration = PublicityCheckConfiguration.Default;
        var paragraphs = Enumerable.Range(1, ReleaseModel.MaxExplainedSentences + 8).Select(i => $"Paragraph {i} says something.").ToArray();
        var model = new ReleaseModelBuilder(configuration, () => scorer).Build(TestDocuments.FromParagraphs("long.md", paragraphs), new AnalysisOptions(InThePeriod, configuration));

        var explained = model.Sentences.Select(model.ExplainPartisanScore).ToList();

        Assert.Equal(ReleaseModel.MaxExplainedSentences, scorer.Explained);
        Assert.All(explained.Skip(ReleaseModel.MaxExplainedSentences), e => Assert.Empty(e.Reasons));
        Assert.Equal(model.Sentences.Select(model.PartisanScoreOf), explained.Select(e => e.Probability));
        Assert.Equal(model.PartisanScoreOf(model.Sentences[^1]), explained[^1].Probability);
    }

    // Scores each sentence by its position, so that a test can tell which score went to which sentence.
    private sealed class RecordingScorer : IPartisanScorer
    {
        public List<IReadOnlyList<string>> Batches { get; } = [];

        public int Drop { get; init; }

        public double Threshold => 0.5;

        public IReadOnlyList<double> Score(IReadOnlyList<string> sentences)
        {
            Batches.Add([.. sentences]);
            return [.. Enumerable.Range(0, sentences.Count - Drop).Select(i => (double)i)];
        }

        public int Explained { get; private set; }

        public PartisanScore Classify(string sentence)
        {
            Explained++;
            return new(0, false, [new PartisanReason(sentence, 0, sentence.Length, 1)]);
        }
    }

    [Fact]
    public void Build_ScoresWithTheFastClassifierWhenTheConfigurationAsksForIt()
    {
        var configuration = PublicityCheckConfiguration.Default with { Classifier = ClassifierMode.Fast };

        var model = Build(configuration, InThePeriod, "Bin rounds change", "Only a Labour council would freeze your council tax again.");

        Assert.Same(PartisanClassifier.Fast, model.PartisanClassifier);
        Assert.Equal(PartisanClassifier.Fast.Score(model.Sentences[1].Text), model.PartisanScoreOf(model.Sentences[1]));
    }

    [Fact]
    public void Build_ScoresWithTheEnsembleByDefault()
    {
        var model = Build(PublicityCheckConfiguration.Default, InThePeriod, "Bin rounds change", "Collections move to Tuesdays from May.");

        Assert.Same(PartisanClassifier.Scorer, model.PartisanClassifier);
    }
}
