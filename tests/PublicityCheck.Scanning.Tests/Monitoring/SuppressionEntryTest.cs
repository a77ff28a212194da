using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Scanning.Tests.Monitoring;

public class SuppressionEntryTest
{
    private static SuppressionEntry With(string? justification) => new("press/pool.md", 9, "PC0201", "a record of delivery", justification, FindingExists: true);

    [Fact]
    public void Justification_InTheHouseForm_GivesReasonApproverAndDate()
    {
        var entry = With("statutory consultation, approved by the Monitoring Officer, 1 April 2026");

        Assert.Equal(("statutory consultation", "the Monitoring Officer", "1 April 2026"), (entry.Reason, entry.Approver, entry.Date));
    }

    [Fact]
    public void Justification_WithAnIsoDate_GivesTheDate()
    {
        Assert.Equal("2026-03-03", With("approved by J. Patel; 2026-03-03").Date);
    }

    [Fact]
    public void Justification_WithoutAnApproval_GivesNoApprover()
    {
        var entry = With("factual statement of the budget");

        Assert.Equal((null, "factual statement of the budget"), (entry.Approver, entry.Reason));
    }

    [Fact]
    public void NoJustification_GivesNoReasonApproverOrDate()
    {
        var entry = With(null);

        Assert.Equal(((string?)null, (string?)null, (string?)null), (entry.Reason, entry.Approver, entry.Date));
    }
}
