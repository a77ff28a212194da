using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace PublicityCheck.Server.Hosting;

/// <summary>The task pane, manifest and web page, embedded in the assembly under <c>wwwroot/</c>, served as they are.</summary>
internal static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly Dictionary<string, string> Resources = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("wwwroot", StringComparison.Ordinal))
        .ToDictionary(n => n.Replace('\\', '/')["wwwroot/".Length..], n => n, StringComparer.Ordinal);

    /// <summary>Answers with the asset at <paramref name="path"/> (relative to <c>wwwroot/</c>), or 404.</summary>
    public static IResult Serve(string path)
    {
        if (!Resources.TryGetValue(path, out var resource))
        {
            return Results.NotFound();
        }

        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        return Results.Stream(Assembly.GetManifestResourceStream(resource)!, contentType);
    }
}
