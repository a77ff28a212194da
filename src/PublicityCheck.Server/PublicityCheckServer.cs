using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PublicityCheck.Server.AddIn;
using PublicityCheck.Server.Api;
using PublicityCheck.Server.Hosting;

namespace PublicityCheck.Server;

/// <summary>
/// Builds the PublicityCheck HTTP service: <c>POST /api/v1/check</c>, <c>POST /api/v1/check/docx</c>,
/// <c>GET /api/v1/rules</c>, <c>GET /healthz</c>, the OpenAPI document at <c>/openapi/v1.json</c>, the Word add-in
/// at <c>/addin/</c> with its manifest made for the address the server bound, and a web page at <c>/</c>.
/// </summary>
public static class PublicityCheckServer
{
    /// <summary>The CORS policy of the API: the server's own origin and those configured, nothing else.</summary>
    public const string CorsPolicy = "addin";

    /// <summary>Creates a builder with the service's settings and services; a test may swap the server before building.</summary>
    /// <exception cref="InvalidOperationException">The addresses are not loopback and no API key is set.</exception>
    public static WebApplicationBuilder CreateBuilder(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (BoundAddressCheck.ErrorFor(Loopback.Split(options.Urls), options.ApiKey) is { } error)
        {
            throw new InvalidOperationException(error);
        }

        // Always Production: the Development environment would answer a failure with the exception, its type and its
        // stack, and nothing about this service differs between environments.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start (an address that needs a key) reaches the caller as an exception: logging it too only repeats it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxRequestBytes);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = ErrorResponses.TimedOutAsync,
        });
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. Loopback.Origins(options.Urls), .. options.AllowedOrigins])
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", ApiKeyFilter.Header, RequestGuard.ClientHeader)));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<BoundAddressCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BoundAddressCheck>());
        builder.Services.AddSingleton(new CheckService(options.Checker, Environment.CurrentDirectory, options.PreloadClassifier));
        builder.Services.AddSingleton(_ => new CheckSlots(options.MaxConcurrentChecks));
        return builder;
    }

    /// <summary>Builds the application from <paramref name="builder"/> and maps every endpoint.</summary>
    /// <exception cref="InvalidOperationException">
    /// Kestrel's configuration (<c>Kestrel__Endpoints__NAME__Url</c>, appsettings) names an address that is not
    /// loopback and no API key is set. Addresses set any other way are checked once the server has bound them.
    /// </exception>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Services.LastOrDefault(s => s.ServiceType == typeof(ServerOptions))?.ImplementationInstance as ServerOptions
            ?? throw new InvalidOperationException("The builder was not made by CreateBuilder.");
        if (BoundAddressCheck.ErrorFor(BoundAddressCheck.ConfiguredEndpoints(builder.Configuration), configured.ApiKey) is { } error)
        {
            throw new InvalidOperationException(error);
        }

        var app = builder.Build();
        var options = app.Services.GetRequiredService<ServerOptions>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponses.WriteAsync });
        app.UseStatusCodePages();
        app.UseMiddleware<RequestGuard>();
        app.UseCors();
        app.UseRequestTimeouts();
        app.MapOpenApi();
        app.MapGet("/healthz", () => Results.Ok(new HealthResponse("ok"))).WithName("Health").WithSummary("Answers while the server runs.");
        app.MapGroup("/api/v1")
            .RequireCors(CorsPolicy)
            .AddEndpointFilter(new ApiKeyFilter(options.ApiKey))
            .MapCheckApi(options);
        app.MapGet("/", () => EmbeddedAssets.Serve("index.html")).ExcludeFromDescription();
        // One route for "/addin" and "/addin/": routing ignores a trailing slash, so mapping both made them ambiguous (500).
        app.MapGet("/addin", () => Results.Redirect("/addin/taskpane.html")).ExcludeFromDescription();
        app.MapGet("/addin/manifest.xml", (IServer server) => AddInEndpoints.Manifest(server, options)).ExcludeFromDescription();
        app.MapGet("/addin/icon-{size:int}.png", (int size) => AddInEndpoints.Icon(size)).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => Results.Bytes(AddInIcons.Favicon, "image/x-icon")).ExcludeFromDescription();
        app.MapGet("/rules/{id}", (string id) => RulePages.Serve(id)).ExcludeFromDescription();
        app.MapGet("/{*path}", (string path) => EmbeddedAssets.Serve(path)).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Starts the party-political classifier's load now, if it has not started, so that the first check does not wait
    /// for it. A host that may still refuse to run once the app is built (the command line's <c>serve --manifest</c>
    /// with no https address) builds with <see cref="ServerOptions.PreloadClassifier"/> off and calls this once it is
    /// sure to serve: a process that exits while the encoder is loading leaves ONNX Runtime complaining on standard error.
    /// </summary>
    /// <returns>The load, which faults if the classifier cannot be loaded.</returns>
    public static Task PreloadClassifier(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<CheckService>().StartClassifierLoad();
    }

    /// <summary>
    /// The Word add-in's manifest for the addresses <paramref name="app"/> has bound (so call it once the app has
    /// started): the first https address that names a host, or for one on every interface the first allowed host name.
    /// </summary>
    /// <exception cref="InvalidOperationException">The app has bound no https address the manifest can name; the message says what to do.</exception>
    public static string AddInManifest(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var origin = AddInEndpoints.Origin(app.Services.GetRequiredService<IServer>(), app.Services.GetRequiredService<ServerOptions>(), out var error);
        return origin is null ? throw new InvalidOperationException(error) : AddIn.AddInManifest.Create(origin);
    }

    /// <summary>Creates and builds the application.</summary>
    public static WebApplication Create(ServerOptions options) => Build(CreateBuilder(options));
}
