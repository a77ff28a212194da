namespace PublicityCheck.Server.Api;

/// <summary>The body of <c>POST /api/v1/check</c>: either the release's paragraphs or its Markdown.</summary>
public sealed record CheckRequest
{
    /// <summary>The release's paragraphs in order, as the Word add-in reads them.</summary>
    public IReadOnlyList<string?>? Paragraphs { get; init; }

    /// <summary>The release as Markdown, front matter included.</summary>
    public string? Markdown { get; init; }

    /// <summary>The publication date (YYYY-MM-DD); today when not given and the release states none.</summary>
    public string? PublishOn { get; init; }

    /// <summary>The kind of release (<c>general</c>, <c>scrutiny</c>, <c>committee</c>, <c>emergency</c>, <c>statutory-notice</c>, <c>civic</c>).</summary>
    public string? Category { get; init; }
}
