using System.Collections.Immutable;
using PublicityCheck.Configuration;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// The Monitoring Officer's view of a scan history: the balance of quotations over time, the audit of approvals, and
/// how each rule's findings have been dealt with. Built from the state alone; written as HTML, JSON or CSV.
/// </summary>
/// <param name="History">What the state holds.</param>
/// <param name="Balance">The balance of quotations.</param>
/// <param name="Rules">Each rule's findings, and whether it is noisy.</param>
/// <param name="NoisyRules">The settings the rules were judged by.</param>
/// <param name="Generated">When the report was made.</param>
public sealed record MonitoringReport(ScanHistory History, BalanceReport Balance, ImmutableArray<RuleUsage> Rules, NoisyRuleSettings NoisyRules, DateTimeOffset Generated)
{
    /// <summary>The report of <paramref name="history"/> under <paramref name="configuration"/>'s elections, <c>balance</c> and <c>noisyRules</c>.</summary>
    public static MonitoringReport Build(ScanHistory history, PublicityCheckConfiguration configuration, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(configuration);
        return new MonitoringReport(
            history,
            BalanceReport.Build(history.Quotations, configuration.Elections, configuration.Balance),
            RuleUsage.Of(history, configuration.NoisyRules),
            configuration.NoisyRules,
            generated);
    }
}
