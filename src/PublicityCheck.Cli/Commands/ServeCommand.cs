using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Server;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck serve</c>: runs the HTTP service until stopped (Ctrl+C).</summary>
internal sealed class ServeCommand(CliConsole console)
{
    public const string ApiKeyVariable = "PUBLICITYCHECK_API_KEY";

    public int Run(ServeOptions options)
    {
        if (options.Manifest is { } path && (path.Length == 0 || path.StartsWith('-')))
        {
            // "--manifest --urls ..." would otherwise write a file named "--urls".
            throw new UsageException($"--manifest needs the name of the file to write, not '{path}'");
        }

        var apiKey = options.ApiKey ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
        var serverOptions = new ServerOptions
        {
            Urls = options.Urls,
            ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey,
            AllowedOrigins = [.. options.AllowOrigins],
            AllowedHosts = [.. options.AllowHosts],
            Checker = new PublicityCheckerOptions { ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console) },

            // Started below, once nothing can refuse to serve any more.
            PreloadClassifier = false,
        };
        WebApplication app;
        try
        {
            app = PublicityCheckServer.Create(serverOptions);
        }
        catch (InvalidOperationException ex)
        {
            throw new UsageException(ex.Message);
        }

        using (app as IDisposable)
        {
            try
            {
                app.Start();
            }
            catch (InvalidOperationException ex)
            {
                // The addresses the server bound (Kestrel__Endpoints__*, appsettings, whatever set them) are not loopback and no key is set.
                throw new UsageException(ex.Message);
            }

            // Made once the server has bound, so it names the address it really listens on (port 0 included), and
            // before it says it is listening, so that a server with no address Word can use stops without claiming to.
            var manifest = options.Manifest is null ? null : ManifestFor(app);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                console.Out.WriteLine($"publicitycheck serve: listening on {address} (add-in: {address}/addin/, API: {address}/api/v1/check)");
            }

            if (manifest is not null)
            {
                OutputTarget.Write(options.Manifest, console, writer => writer.Write(manifest));
                console.Out.WriteLine($"publicitycheck serve: wrote the Word add-in's manifest to {options.Manifest}; sideload it in Word (docs/word-addin.md)");
            }

            console.Out.Flush();
            _ = PublicityCheckServer.PreloadClassifier(app);
            app.WaitForShutdown();
        }

        return ExitCodes.Success;
    }

    private static string ManifestFor(WebApplication app)
    {
        try
        {
            return PublicityCheckServer.AddInManifest(app);
        }
        catch (InvalidOperationException ex)
        {
            throw new UsageException("--manifest: " + ex.Message);
        }
    }
}
