using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning.Tests.State;

/// <summary>Stored findings come back as they were checked, the escalation that raised one included.</summary>
public class DiagnosticCodecTest
{
    private static readonly DiagnosticDescriptor Partisan = new(
        "PC0201", "Sentence reads as party-political", "Partisan language ({0}): {1}", "Party-political language", DiagnosticSeverity.Warning, "test");

    private static Diagnostic Decoded(Diagnostic diagnostic)
    {
        var result = new FileResult("press/pool.md", null, new LocalDate(2026, 4, 14), [diagnostic]) { Format = ReleaseFormat.Markdown };
        var json = DiagnosticCodec.Encode(result, [(diagnostic, null)]);
        var codec = new DiagnosticCodec(new Dictionary<string, DiagnosticDescriptor> { ["PC0201"] = Partisan });
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
    public void Decode_GivesBackWhereThePublicationDateCameFrom()
    {
        var result = new FileResult("press/2026-04-14-pool.md", null, new LocalDate(2026, 4, 14), []) { PublishOnSource = PublishOnSource.FileName };
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
