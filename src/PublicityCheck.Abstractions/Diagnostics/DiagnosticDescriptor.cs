using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicityCheck.Diagnostics;

/// <summary>
/// The identity of a rule: its id (<c>PCnnnn</c>), title, message format, category, default severity and help
/// link. One instance per rule, declared once by its analyzer.
/// </summary>
public sealed partial class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    /// <summary>
    /// Where the built-in rules' pages are, relative to the installed tool: a rule's page is
    /// <c>{HelpBaseUri}{Id}.md</c>, a relative link that a host resolves to the page installed beside it, the page
    /// it serves, or the address a council publishes the pages at. A rule with no such page has no link.
    /// </summary>
    public const string HelpBaseUri = "rules/";

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The rule id. Built-in rules use <c>PC</c> and four digits; a council's own rules may use any letters and digits.</param>
    /// <param name="title">A short title, in sentence case.</param>
    /// <param name="messageFormat">The message, with <c>{0}</c>-style placeholders for the arguments given when reporting.</param>
    /// <param name="category">The rule family.</param>
    /// <param name="defaultSeverity">The severity unless configuration says otherwise.</param>
    /// <param name="description">What the rule checks and which protocol paragraph or statute it enforces.</param>
    /// <param name="helpUri">The rule's page; by default <c>{HelpBaseUri}{id}.md</c>, the built-in page for the id, relative to the tool.</param>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        Uri? helpUri = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Rule id '{id}' must be letters followed by digits, such as PC0401 or LOCAL001.", nameof(id));
        }

        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description ?? string.Empty;
        HelpUri = helpUri ?? new Uri(HelpBaseUri + id + ".md", UriKind.Relative);
    }

    /// <summary>The rule id.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message format.</summary>
    public string MessageFormat { get; }

    /// <summary>The rule family.</summary>
    public string Category { get; }

    /// <summary>The severity unless configuration says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>What the rule checks and why.</summary>
    public string Description { get; }

    /// <summary>The rule's page: an absolute link given to the descriptor, or the relative link of a built-in page.</summary>
    public Uri HelpUri { get; }

    /// <summary>Formats the message with <paramref name="arguments"/>.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc/>
    public bool Equals(DiagnosticDescriptor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";

    [GeneratedRegex("^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
