using System.Globalization;
using System.Text;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Cli.Commands;

/// <summary>The register of rule ids in <c>docs/rules/README.md</c>, written from the descriptors so the two never drift.</summary>
internal static class RuleRegister
{
    public static string ToMarkdown(IEnumerable<DiagnosticDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("| Id | Category | Default severity | Title |\n");
        text.Append("| --- | --- | --- | --- |\n");
        foreach (var rule in rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}]({rule.Id}.md) | {rule.Category} | {rule.DefaultSeverity.ToName()} | {rule.Title} |\n");
        }

        return text.ToString();
    }
}
