namespace PublicityCheck.Configuration;

/// <summary>
/// Where a council publishes the rules' pages itself (<c>helpBaseUrl</c>): an absolute <c>http</c> or <c>https</c>
/// address. Without <see cref="Placeholder"/> a rule's page is the address with <c>/PC0201</c> added (the shape
/// <c>publicitycheck serve</c> gives at <c>/rules/PC0201</c>); with it, the placeholder is replaced by the rule id,
/// so <c>https://intranet.example.gov.uk/publicity/rules/{id}.html</c> links <c>.../rules/PC0201.html</c> and
/// <c>{id}.md</c> suits the Markdown pages as they ship. The index of rules is the page named <c>README</c>, as
/// in the folder installed with the tool.
/// </summary>
public sealed class HelpBaseUrl : IEquatable<HelpBaseUrl>
{
    /// <summary>Where the rule id goes in an address that does not simply end with it.</summary>
    public const string Placeholder = "{id}";

    private HelpBaseUrl(string value) => Value = value;

    /// <summary>The setting as written.</summary>
    public string Value { get; }

    /// <summary>
    /// Reads <paramref name="value"/>, or says why it cannot be a base for help links: it must be an absolute
    /// <c>http</c> or <c>https</c> address with a host, and no user name or password, query (<c>?</c>), fragment
    /// (<c>#</c>), whitespace or control characters, or more than one <see cref="Placeholder"/> (only in the path).
    /// </summary>
    /// <returns>The base, or null with <paramref name="problem"/> set.</returns>
    public static HelpBaseUrl? TryParse(string value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(value);
        problem = Problem(value);
        return problem is null ? new HelpBaseUrl(value) : null;
    }

    /// <summary>The address of the page <paramref name="page"/> (a rule id, or <c>README</c> for the index).</summary>
    public Uri PageFor(string page)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(page);
        var escaped = Uri.EscapeDataString(page);
        return Value.Contains(Placeholder, StringComparison.Ordinal)
            ? new Uri(Value.Replace(Placeholder, escaped, StringComparison.Ordinal))
            : new Uri(Value.TrimEnd('/') + "/" + escaped);
    }

    /// <inheritdoc/>
    public bool Equals(HelpBaseUrl? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HelpBaseUrl);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static string? Problem(string value)
    {
        const string Shape = "must be the absolute http or https address the rule pages are published at, such as \"https://intranet.example.gov.uk/publicity/rules\" or \".../rules/{id}.html\"";
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Shape + "; it holds a space or a control character";
        }

        if (value.Contains('?', StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal))
        {
            return Shape + "; a query (?) or fragment (#) would end up around every rule id, so it may hold neither";
        }

        var placeholders = CountOf(value, Placeholder);
        if (placeholders > 1)
        {
            return Shape + $"; {Placeholder} may appear once";
        }

        var probe = value.Replace(Placeholder, "PC0000", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Shape;
        }

        if (uri.Host.Length == 0)
        {
            return Shape + "; it names no host";
        }

        if (uri.UserInfo.Length > 0)
        {
            return Shape + "; a user name or password does not belong in a link that every report repeats";
        }

        if (placeholders == 1 && !uri.AbsolutePath.Contains("PC0000", StringComparison.Ordinal))
        {
            return Shape + $"; {Placeholder} goes in the path";
        }

        if (value.Replace(Placeholder, string.Empty, StringComparison.Ordinal).IndexOfAny(['{', '}']) >= 0)
        {
            return Shape + $"; the only placeholder is {Placeholder}";
        }

        return null;
    }

    private static int CountOf(string value, string part)
    {
        var count = 0;
        for (var at = value.IndexOf(part, StringComparison.Ordinal); at >= 0; at = value.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
