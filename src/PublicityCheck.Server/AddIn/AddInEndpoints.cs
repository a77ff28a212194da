using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace PublicityCheck.Server.AddIn;

/// <summary>The add-in's generated files: its manifest, for the address the server bound, and its icons.</summary>
internal static class AddInEndpoints
{
    /// <summary>The origin the manifest names, from the addresses <paramref name="server"/> bound.</summary>
    public static Uri? Origin(IServer server, ServerOptions options, out string? error) =>
        ManifestOrigin.Choose(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [], options.AllowedHosts, out error);

    /// <summary>The manifest, or 404 saying how to serve so that there is one (Word needs an https address).</summary>
    public static IResult Manifest(IServer server, ServerOptions options)
    {
        var origin = Origin(server, options, out var error);
        return origin is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No add-in manifest for this address", detail: error)
            : Results.Text(AddInManifest.Create(origin), "application/xml; charset=utf-8");
    }

    /// <summary>The icon of <paramref name="size"/> px, or 404 for a size not drawn.</summary>
    public static IResult Icon(int size) =>
        AddInIcons.Png(size) is { } png ? Results.Bytes(png, "image/png") : Results.NotFound();
}
