using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PublicityCheck.Server.Hosting;

/// <summary>The answers the service gives for failures, in words of its own.</summary>
internal static class ErrorResponses
{
    /// <summary>The answer to a request that ran past the server's time limit.</summary>
    public static Task TimedOutAsync(HttpContext context)
    {
        var timeout = context.RequestServices.GetRequiredService<ServerOptions>().RequestTimeout;
        return Write(context, StatusCodes.Status503ServiceUnavailable, "Request timed out", $"The request took longer than the server's limit of {timeout.TotalSeconds:0.###} s and was stopped.");
    }

    private static Task Write(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
