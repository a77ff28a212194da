using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Quotations;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Quotations;

public class LocalMemberRulesTest
{
    private static List<Diagnostic> Check(string policy, ReleaseDocument document)
    {
        var driver = new AnalyzerDriver([new PC0101SpeakerNotAllowed(), new PC0102CabinetMemberOutsidePortfolio(), new PC0103SpeakerBeyondCapacity(), new PC0104QuotationNotAttributed(), new PC0105SpeakerNotInRoster(), new PC0106StatedRoleNotHeld(), new PC0107LocalMemberNotInvited(), new PC0108QuotationsFromOneGroup()]);
        return [.. driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 3), WreakeValley.Configuration(policy)))];
    }

    private static ReleaseDocument Release(params string[] paragraphs) => TestDocuments.FromParagraphs("release.md", paragraphs);

    [Fact]
    public void AWardReleaseWithoutItsLocalMember_IsPC0107UnderTheCountyPolicy()
    {
        var document = Release(
            "New play area for Hollin Bridge",
            "A new play area opens at Hollin Bridge recreation ground on Saturday.",
            "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"Children in Hollin Bridge will love it.\"");

        var diagnostic = Assert.Single(Check("county", document));

        Findings.AssertAt(diagnostic, "PC0107", 1, 19, 1, 32);
        Assert.Equal("Hollin Bridge", diagnostic.Text);
        Assert.Contains("Councillor Sarah Beaumont, Councillor Tom Reid", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWardReleaseRecordingTheInvitation_IsAllowed()
    {
        var metadata = DocumentMetadata.Empty with
        {
            Properties = DocumentMetadata.Empty.Properties.Add("invited", ImmutableArray.Create("Councillor Tom Reid")),
        };
        var plain = Release(
            "New play area for Hollin Bridge",
            "A new play area opens at Hollin Bridge recreation ground on Saturday.");
        var document = new ReleaseDocument(plain.Path, plain.Format, plain.Blocks.Select(b => new Block(b.Kind, b.Part, b.Text, b.Map)), metadata);

        Assert.Empty(Check("county", document));
    }

    [Fact]
    public void AWardReleaseQuotingItsLocalMember_IsAllowedUnderTheCountyPolicy()
    {
        var document = Release(
            "New play area for Hollin Bridge",
            "A new play area opens at Hollin Bridge recreation ground on Saturday.",
            "Councillor Tom Reid, ward councillor for Hollin Bridge, said: \"Families asked for this.\"");

        Assert.DoesNotContain(Check("county", document), d => d.Id == "PC0107");
    }

    [Fact]
    public void TheBoroughPolicy_DoesNotAskForLocalMembers()
    {
        var document = Release(
            "New play area for Hollin Bridge",
            "A new play area opens at Hollin Bridge recreation ground on Saturday.",
            "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"Children in Hollin Bridge will love it.\"");

        Assert.Empty(Check("borough", document));
    }

    [Fact]
    public void LocalMembersOfOneGroupOnly_IsPC0108WhenTheWardHasOtherGroups()
    {
        var document = Release(
            "New play area for Hollin Bridge",
            "A new play area opens at Hollin Bridge recreation ground on Saturday.",
            "Councillor Tom Reid, ward councillor for Hollin Bridge, said: \"Families asked for this.\"");
        var configuration = WreakeValley.Configuration("county");

        var diagnostics = new AnalyzerDriver([new PC0107LocalMemberNotInvited(), new PC0108QuotationsFromOneGroup()])
            .Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 3), configuration));

        var diagnostic = Assert.Single(diagnostics);
        Findings.AssertAt(diagnostic, "PC0108", 5, 1, 5, 20);
        Assert.Contains("all from the Labour group, though the wards it names are also represented by Conservative members", diagnostic.Message, StringComparison.Ordinal);
    }
}
