using Verify = PublicityCheck.Testing.AnalyzerVerifier<PublicityCheck.Testing.Tests.AuthorityAnalyzer>;

namespace PublicityCheck.Testing.Tests;

public sealed class AnalyzerVerifierTest
{
    [Fact]
    public async Task VerifyMarkdownAsync_FindingAtTheMarkedSpan_Passes() =>
        await Verify.VerifyMarkdownAsync("""
            # Leisure centre reopens

            The pool was refurbished by [|the authority|] over the winter.
            """);

    [Fact]
    public async Task VerifyMarkdownAsync_NoFindingExpectedAndNoneReported_Passes() =>
        await Verify.VerifyMarkdownAsync("The pool was refurbished by the council over the winter.");

    [Fact]
    public async Task VerifyMarkdownAsync_ExpectedResultWithExactSpan_Passes() =>
        await Verify.VerifyMarkdownAsync(
            "# Leisure centre reopens\n\nThe pool was refurbished by the authority over the winter.",
            Verify.Diagnostic().WithSpan(3, 29, 3, 42).WithArguments("the authority").WithSuggestion("the council"));

    [Fact]
    public async Task VerifyMarkdownAsync_MissingFinding_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "The pool was refurbished by [|the council|] over the winter."));

        Assert.Equal(
            """
            AuthorityAnalyzer: the findings differ from those expected (1 missing, 0 unexpected, 0 different).

            Expected but not reported:
              WVB101 warning at (1,29)-(1,40)
                1 | The pool was refurbished by the council over the winter.
                  |                             ^^^^^^^^^^^

            """.ReplaceLineEndings(),
            error.Message);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_UnexpectedFinding_FailsAndShowsTheResultThatWouldExpectIt()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "The pool was refurbished by the authority over the winter."));

        Assert.Equal(
            """
            AuthorityAnalyzer: the findings differ from those expected (0 missing, 1 unexpected, 0 different).

            Reported but not expected:
              WVB101 warning at (1,29)-(1,42): Call it 'the council', not 'the authority'
                1 | The pool was refurbished by the authority over the winter.
                  |                             ^^^^^^^^^^^^^
                to expect it: new DiagnosticResult("WVB101").WithSpan(1, 29, 1, 42)

            """.ReplaceLineEndings(),
            error.Message);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_WrongSpan_FailsAsOneMissingAndOneUnexpected()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "The pool was refurbished by the [|authority|] over the winter."));

        Assert.StartsWith("AuthorityAnalyzer: the findings differ from those expected (1 missing, 1 unexpected, 0 different).", error.Message, StringComparison.Ordinal);
        Assert.Contains("  WVB101 warning at (1,33)-(1,42)", error.Message, StringComparison.Ordinal);
        Assert.Contains("  WVB101 warning at (1,29)-(1,42): Call it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_WrongLine_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "The authority met.\n\nThe pool reopens.",
            Verify.Diagnostic().WithSpan(3, 1, 3, 14)));

        Assert.Contains("Expected but not reported:\n  WVB101 warning at (3,1)-(3,14)".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
        Assert.Contains("Reported but not expected:\n  WVB101 warning at (1,1)-(1,14)".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_WrongRuleId_Fails()
    {
        var test = new AnalyzerTest<PublicationDayAnalyzer>
        {
            MarkdownSource = "Cabinet met on {|WVB201:Monday 3 March 2026|}.",
            PublishOn = new NodaTime.LocalDate(2026, 3, 4),
        };

        var error = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());

        Assert.Contains("Expected but not reported:\n  WVB201 info at (1,16)-(1,35)".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
        Assert.Contains("Reported but not expected:\n  WVB202 warning at (1,16)-(1,35): 3 March 2026 is a Tuesday".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_WrongSeverity_FailsAsADifferenceAtTheExpectedPlace()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "{|#0:The authority|} met.",
            Verify.Diagnostic().WithLocation(0).WithSeverity(Diagnostics.DiagnosticSeverity.Error)));

        Assert.Equal(
            """
            AuthorityAnalyzer: the findings differ from those expected (0 missing, 0 unexpected, 1 different).

            Reported at the expected place, but different:
              WVB101 at (1,1)-(1,14)
                1 | The authority met.
                  | ^^^^^^^^^^^^^
                severity: expected error, reported warning

            """.ReplaceLineEndings(),
            error.Message);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_WrongMessageArguments_Fail()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "{|#0:The authority|} met.",
            Verify.Diagnostic().WithLocation(0).WithArguments("the authority")));

        Assert.Contains(
            "message: expected \"Call it 'the council', not 'the authority'\", reported \"Call it 'the council', not 'The authority'\"",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_WrongSuggestion_Fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync(
            "{|#0:The authority|} met.",
            Verify.Diagnostic().WithLocation(0).WithSuggestion("the borough council")));

        Assert.Contains("suggestion: expected \"the borough council\", reported \"the council\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_MessageGivenInFull_IsCompared() =>
        await Verify.VerifyMarkdownAsync(
            "{|#0:The authority|} met.",
            Verify.Diagnostic().WithLocation(0).WithMessage("Call it 'the council', not 'The authority'"));

    [Fact]
    public async Task VerifyMarkdownAsync_TwoFindingsOnOneLine_EachNeedsItsMarkup()
    {
        await Verify.VerifyMarkdownAsync("[|The authority|] said [|the authority|] would pay.");

        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyMarkdownAsync("[|The authority|] said the authority would pay."));
        Assert.Contains("(0 missing, 1 unexpected, 0 different)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_SquareMarkupWithAnAnalyzerOfTwoRules_IsAnErrorNamingThem()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => AnalyzerVerifier<PublicationDayAnalyzer>.VerifyMarkdownAsync(
            "Cabinet met on [|Monday 3 March 2026|]."));

        Assert.StartsWith("[|...|] expects a finding of PublicationDayAnalyzer's one rule, but it declares 2 (WVB201, WVB202)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_ExpectingARuleTheAnalyzerDoesNotDeclare_IsAnError()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Verify.VerifyMarkdownAsync("{|WVB999:The authority|} met."));

        Assert.StartsWith("The test expects WVB999, which AuthorityAnalyzer does not declare in SupportedDiagnostics (it declares WVB101).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_AnalyzerThatThrows_FailsWithItsError()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<FailingAnalyzer>.VerifyMarkdownAsync("The pool reopens."));

        Assert.Contains("Reported but not expected:\n  PC0005 warning about the whole file: The analyzer FailingAnalyzer failed on this file".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
        Assert.Contains("the ward list was not loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyMarkdownAsync_CountsColumnsAfterWindowsLineEndings() =>
        await Verify.VerifyMarkdownAsync(
            "# Pool reopens\r\n\r\nThe pool was refurbished by the authority.",
            Verify.Diagnostic().WithSpan(3, 29, 3, 42));

    [Fact]
    public void Diagnostic_ForAnAnalyzerOfTwoRules_AsksForTheRule()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnalyzerVerifier<PublicationDayAnalyzer>.Diagnostic());

        Assert.Equal("PublicationDayAnalyzer declares 2 rules; name the one expected with Diagnostic(id) or Diagnostic(descriptor).", error.Message);
    }
}
