using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Calendar;
using PublicityCheck.Classification;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Analysis;

public sealed class ReleaseModelContextTest
{
    private static readonly LocalDate InThePeriod = new(2026, 4, 14);

    private static readonly Election AbbeyByElection =
        new("abbey-2026", "the Abbey ward by-election", new LocalDate(2026, 5, 7), ElectionType.ByElection, UkCountry.England) { Wards = ["Abbey"] };

    [Fact]
    public void Analyze_GivesEveryActionTheOneModelBuiltForTheRelease()
    {
        var recorder = new ModelRecorder();
        var document = TestDocuments.FromParagraphs(
            "abbey.md",
            "Abbey library reopens",
            "\"Everyone is welcome back,\" said Mark Ellison, Head of Environmental Services.");

        new AnalyzerDriver([recorder]).Analyze(document, new AnalysisOptions(InThePeriod, WreakeValley.Configuration()));

        Assert.Equal(["document", "block", "block", "sentence", "sentence", "quotation"], recorder.Seen.Select(s => s.Action));
        Assert.Single(recorder.Seen.Select(s => s.Model).Distinct());
        Assert.Same(document, recorder.Seen[0].Model.Document);
    }

    [Fact]
    public void Analyze_PreElectionRulesJudgeByThePeriodInTheModel()
    {
        // The text names no ward of the by-election: a rule that looked for them itself would find no period in force.
        var configuration = WreakeValley.Configuration() with { Elections = [AbbeyByElection] };
        var document = TestDocuments.FromParagraphs(
            "pool.md",
            "\"The new pool is open,\" said Councillor Priya Mistry.");
        var model = ModelWithPeriodInForce(document, configuration, AbbeyByElection);

        var found = new AnalyzerDriver([new PC0304CouncillorQuotedInPeriod()]).Analyze(model);

        var quoted = Assert.Single(found, d => d.Id == "PC0304");
        Assert.Equal(TestDocuments.SpanOf(document, "Councillor Priya Mistry").Start + 1, quoted.Location.Start.Column);
        Assert.Contains("the Abbey ward by-election", quoted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PartisanRuleRaisesItsFindingForThePeriodInTheModel()
    {
        var configuration = PublicityCheckConfiguration.Default with { Elections = [AbbeyByElection] };
        var document = TestDocuments.FromParagraphs(
            "pool.md",
            "The failed Conservative administration left the pool to crumble, and only this council has had the courage to fix it.");
        var model = ModelWithPeriodInForce(document, configuration, AbbeyByElection);

        var found = new AnalyzerDriver([new PC0201PartisanSentence()]).Analyze(model);

        var partisan = Assert.Single(found, d => d.Id == "PC0201");
        Assert.Equal("abbey-2026", partisan.Properties["preElectionPeriod"]);
        Assert.Equal(DiagnosticSeverity.Error, partisan.Severity);
    }

    [Fact]
    public void Analyze_APartTheBuilderCouldNotMakeFailsOnlyTheRulesThatReadIt()
    {
        var configuration = PublicityCheckConfiguration.Default;
        var document = TestDocuments.FromParagraphs("depot.md", "OFFICIAL-SENSITIVE", "\"We will sell the depot,\" said Tom Reid.");
        var options = new AnalysisOptions(InThePeriod, configuration);
        var timedOut = ModelPart<ImmutableArray<QuotedSpeaker>>.Build(
            () => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("said Tom Reid", "attribution", TimeSpan.FromSeconds(1)),
            CancellationToken.None);
        var model = ReleaseModelBuilder.Assemble(
            document,
            options,
            SentenceSplitter.Default.Split(document),
            timedOut,
            timedOut.Then(_ => new ReleaseProfile { Kind = ReleaseKind.General }, CancellationToken.None),
            [],
            () => PartisanClassifier.Default);

        var found = new AnalyzerDriver(BuiltInAnalyzers.Create()).Analyze(model);

        var failure = Assert.Single(found, d => d.Id == "PC0005" && d.Message.Contains("PC0101SpeakerNotAllowed", StringComparison.Ordinal));
        Assert.Contains("RegexMatchTimeoutException", failure.Message, StringComparison.Ordinal);
        Assert.Contains(found, d => d.Id.StartsWith("PC04", StringComparison.Ordinal));
    }

    // A model as the builder would make it for a release naming the by-election's ward, though this one names none.
    private static ReleaseModel ModelWithPeriodInForce(ReleaseDocument document, PublicityCheckConfiguration configuration, Election election)
    {
        var options = new AnalysisOptions(InThePeriod, configuration);
        var built = new ReleaseModelBuilder(configuration).Build(document, options);
        Assert.Null(built.PeriodInForce);
        var period = Assert.Single(ElectionCalendar.From(configuration).Periods, p => p.Election == election);
        return ReleaseModelBuilder.Assemble(
            document,
            options,
            SentenceSplitter.Default.Split(document),
            QuotedSpeakers.ResolveAll(QuotationExtractor.Default.Extract(document), configuration.Roster, InThePeriod),
            built.Profile,
            [period],
            () => PartisanClassifier.Default);
    }

    private sealed class ModelRecorder : PublicityAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("LOCAL009", "Never reported", "Never", "Local", DiagnosticSeverity.Info, "Never reported.");

        public List<(string Action, ReleaseModel Model)> Seen { get; } = [];

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

        public override void Initialize(AnalyzerRegistration registration)
        {
            registration.RegisterDocumentAction(c => Seen.Add(("document", c.Model)));
            registration.RegisterBlockAction(c => Seen.Add(("block", c.Model)));
            registration.RegisterSentenceAction(c => Seen.Add(("sentence", c.Model)));
            registration.RegisterQuotationAction(c => Seen.Add(("quotation", c.Model)));
        }
    }
}
