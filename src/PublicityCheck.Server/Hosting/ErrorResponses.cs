using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PublicityCheck.Server.Hosting;

/// <summary>
/// The answers to requests that failed with an exception, in words of the service's own: a body over the limit,
/// however it was sent, is 413; a request the server could not read is 400; anything else is 500. No answer names a
/// .NET type or repeats an exception's message; the log keeps those.
/// </summary>
internal static class ErrorResponses
{
    public static Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var limit = context.RequestServices.GetRequiredService<ServerOptions>().MaxRequestBytes;
        var (status, title, detail) = error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body is larger than the server's limit of {limit} bytes."),
            BadHttpRequestException bad when bad.StatusCode is >= 400 and < 500 =>
                (bad.StatusCode, "Bad request", "The server could not read the request."),
            InvalidDataException =>
                (StatusCodes.Status400BadRequest, "Bad request", "The request body is malformed."),
            _ => (StatusCodes.Status500InternalServerError, "Server error", "The server could not answer this request; its log says why."),
        };
        return Write(context, status, title, detail);
    }

    /// <summary>The answer to a request that ran past the server's time limit.</summary>
    public static Task TimedOutAsync(HttpContext context)
    {
        var timeout = context.RequestServices.GetRequiredService<ServerOptions>().RequestTimeout;
        return Write(context, StatusCodes.Status503ServiceUnavailable, "Request timed out", $"The request took longer than the server's limit of {timeout.TotalSeconds:0.###} s and was stopped.");
    }

    private static Task Write(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
