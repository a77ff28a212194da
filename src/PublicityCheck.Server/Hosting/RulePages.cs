using System.Net;
using Markdig;
using Microsoft.AspNetCore.Http;
using PublicityCheck.Reporting;

namespace PublicityCheck.Server.Hosting;

/// <summary>
/// The built-in rules' pages at a stable path, <c>/rules/PCnnnn</c>, rendered from the Markdown that ships inside
/// the library, so the help links the API, the task pane and the web page give resolve on this server.
/// </summary>
internal static class RulePages
{
    /// <summary>The path of <paramref name="ruleId"/>'s page.</summary>
    public static string PathFor(string ruleId) => "/rules/" + ruleId;

    /// <summary>The page as HTML, or 404 for an id with no built-in page.</summary>
    public static IResult Serve(string id)
    {
        var markdown = RuleHelp.Page(id);
        if (markdown is null)
        {
            return Results.NotFound();
        }

        var body = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build());
        var title = WebUtility.HtmlEncode(id.ToUpperInvariant());
        var html = $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} - PublicityCheck</title><link rel="stylesheet" href="/app.css"></head>
            <body><main class="rule-page">
            {body}
            </main></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
