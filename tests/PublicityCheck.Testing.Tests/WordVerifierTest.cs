using Verify = PublicityCheck.Testing.AnalyzerVerifier<PublicityCheck.Testing.Tests.AuthorityAnalyzer>;

namespace PublicityCheck.Testing.Tests;

public sealed class WordVerifierTest
{
    [Fact]
    public async Task VerifyWordAsync_FindingAtTheMarkedSpan_PassesWithParagraphAndCharacter() =>
        await Verify.VerifyWordAsync(
            [
                "Leisure centre reopens",
                "The pool was refurbished by [|the authority|] over the winter.",
            ]);

    [Fact]
    public async Task VerifyWordAsync_PositionIsParagraphThenCharacter() =>
        await Verify.VerifyWordAsync(
            ["Leisure centre reopens", "", "Refurbished by the authority."],
            Verify.Diagnostic().WithSpan(3, 16, 3, 29));

    [Fact]
    public async Task VerifyWordAsync_FindingInAnotherParagraph_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyWordAsync(
            ["The authority met.", "The pool reopens."],
            Verify.Diagnostic().WithSpan(2, 1, 2, 14)));

        Assert.Contains("Reported but not expected:\n  WVB101 warning at (1,1)-(1,14)".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
        Assert.Contains("    1 | The authority met.\n      | ^^^^^^^^^^^^^".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyWordAsync_ParagraphWithALineBreak_IsAnError()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Verify.VerifyWordAsync(["One\nTwo"]));

        Assert.StartsWith("A Word paragraph holds no line break; give each paragraph as a string of its own.", error.Message, StringComparison.Ordinal);
    }
}
