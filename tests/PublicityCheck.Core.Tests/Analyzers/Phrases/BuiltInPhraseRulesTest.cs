using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Tests.Analyzers.Phrases;

/// <summary>PublicityCheck's word-list rules are data: one file a rule under <c>lexicons/</c>, named by its id.</summary>
public class BuiltInPhraseRulesTest
{
    [Fact]
    public void All_AreTheWordListRules()
    {
        Assert.Equal(["PC0203", "PC0302", "PC0401", "PC0402"], BuiltInPhraseRules.All.Select(r => r.Id));
    }

    [Theory]
    [InlineData("PC0203", "partisan/PC0203-electioneering-phrase.json")]
    [InlineData("PC0302", "pre-election/PC0302-new-initiative-in-period.json")]
    [InlineData("PC0401", "confidentiality/PC0401-exempt-material.json")]
    [InlineData("PC0402", "confidentiality/PC0402-internal-marking.json")]
    public void FileOf_IsTheLexiconFileNamedByTheId(string id, string file)
    {
        Assert.Equal(file, BuiltInPhraseRules.FileOf(id));
    }

    [Fact]
    public void Descriptor_OfABuiltInRuleLinksToItsPage()
    {
        var descriptor = BuiltInPhraseRules.Get("PC0401").ToDescriptor();

        Assert.Equal(new Uri(DiagnosticDescriptor.HelpBaseUri + "PC0401.md", UriKind.Relative), descriptor.HelpUri);
        Assert.Equal("Confidentiality", descriptor.Category);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
    }

    [Fact]
    public void PC0302_AppliesOnlyInAPeriodAndNotToAnEmergencyRelease()
    {
        var rule = BuiltInPhraseRules.Get("PC0302");

        Assert.Equal(PhraseCondition.PreElectionPeriod, rule.When);
        Assert.Equal([PublicityCheck.Releases.ReleaseKind.Emergency], rule.ExceptReleaseKinds.ToArray());
    }

    [Fact]
    public void PC0203_LooksInEachSentence()
    {
        Assert.Equal(PhraseScope.Sentence, BuiltInPhraseRules.Get("PC0203").Scope);
    }
}
