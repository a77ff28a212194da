using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning.Tests.State;

/// <summary>
/// Stored findings come back as they were checked, the escalation that raised one included, under the rule's own
/// descriptor; a finding of a rule no longer known is kept.
/// </summary>
public class DiagnosticCodecTest
{
    private static readonly DiagnosticDescriptor Partisan = new(
        "PC0201", "Sentence reads as party-political", "Partisan language ({0}): {1}", "Party-political language", DiagnosticSeverity.Warning, "test");

    private static Diagnostic Decoded(Diagnostic diagnostic, params DiagnosticDescriptor[] catalogue)
    {
        var result = new FileResult("press/pool.md", ReleaseFormat.Markdown, new LocalDate(2026, 4, 14), [diagnostic]);
        var json = DiagnosticCodec.Encode(result, [(diagnostic, null)]);
        var codec = new DiagnosticCodec((catalogue.Length == 0 ? [Partisan] : catalogue).ToDictionary(d => d.Id, StringComparer.Ordinal));
        return Assert.Single(codec.Decode(json, "press/pool.md")!.Value.Result.Diagnostics);
    }

    private static Diagnostic Finding() =>
        Diagnostic.Create(Partisan, new SourceLocation("press/pool.md", DocumentParts.Body, new SourcePosition(3, 1), new SourcePosition(3, 118)), "0.97", "\"failed\"");

    [Fact]
    public void Decode_GivesBackARaisedFindingWithItsEscalation()
    {
        var raised = Finding() with
        {
            Severity = DiagnosticSeverity.Error,
            Escalation = new DiagnosticEscalation(DiagnosticSeverity.Error, "in the pre-election period for the borough council elections of 7 May 2026"),
            Properties = ImmutableDictionary<string, string>.Empty.Add("preElectionPeriod", "borough-2026"),
        };

        var decoded = Decoded(raised);

        Assert.Equal(DiagnosticSeverity.Error, decoded.Severity);
        Assert.Equal(raised.Escalation, decoded.Escalation);
        Assert.Equal(raised.Message, decoded.Message);
        Assert.Equal((3, 1, 3, 118), (decoded.Location.Start.Line, decoded.Location.Start.Column, decoded.Location.End.Line, decoded.Location.End.Column));
    }

    [Fact]
    public void Decode_GivesBackAFindingNotRaisedWithoutOne()
    {
        var decoded = Decoded(Finding());

        Assert.Equal(DiagnosticSeverity.Warning, decoded.Severity);
        Assert.Null(decoded.Escalation);
    }

    [Fact]
    public void Decode_RestoresAFindingUnderTheCataloguesOwnDescriptor()
    {
        var decoded = Decoded(Finding());

        Assert.Same(Partisan, decoded.Descriptor);
        Assert.Equal("Partisan language (0.97): \"failed\"", decoded.Message);
    }

    [Fact]
    public void Decode_KeepsAFindingOfARuleNoLongerKnown()
    {
        var removed = new DiagnosticDescriptor("LOCAL001", "a loaded word", "'{0}': a loaded word", "Configured phrases", DiagnosticSeverity.Error, "test");
        var stored = Diagnostic.Create(removed, new SourceLocation("press/pool.md", DocumentParts.Body, new SourcePosition(2, 24), new SourcePosition(2, 30)), "regime") with
        {
            Severity = DiagnosticSeverity.Error,
            Text = "regime",
        };

        var decoded = Decoded(stored, Partisan);

        Assert.Equal("LOCAL001", decoded.Id);
        Assert.Equal(DiagnosticSeverity.Error, decoded.Severity);
        Assert.Equal("'regime': a loaded word", decoded.Message);
        Assert.Equal("regime", decoded.Text);
        Assert.Equal((2, 24, 2, 30), (decoded.Location.Start.Line, decoded.Location.Start.Column, decoded.Location.End.Line, decoded.Location.End.Column));
        Assert.Equal(DiagnosticCodec.UnknownRuleTitle, decoded.Descriptor.Title);
    }

    [Fact]
    public void Decode_GivesBackWhereThePublicationDateCameFrom()
    {
        var result = new FileResult("press/2026-04-14-pool.md", ReleaseFormat.Markdown, new LocalDate(2026, 4, 14), []) { PublishOnSource = PublishOnSource.FileName };
        var codec = new DiagnosticCodec(new Dictionary<string, DiagnosticDescriptor>());

        var decoded = codec.Decode(DiagnosticCodec.Encode(result, []), "press/2026-04-14-pool.md")!.Value.Result;

        Assert.Equal(PublishOnSource.FileName, decoded.PublishOnSource);
    }

    [Fact]
    public void Decode_StateWrittenBeforeTheSourceWasKeptHasNoSource()
    {
        var codec = new DiagnosticCodec(new Dictionary<string, DiagnosticDescriptor>());

        var decoded = codec.Decode("""{"Format":"Markdown","PublishOn":"2026-04-14","Diagnostics":[]}""", "press/pool.md")!.Value.Result;

        Assert.Null(decoded.PublishOnSource);
    }
}
