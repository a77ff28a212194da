using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace PublicityCheck.Server.Hosting;

/// <summary>Refuses API requests that do not carry the configured key in <c>X-API-Key</c> (compared in constant time).</summary>
internal sealed class ApiKeyFilter(string? key) : IEndpointFilter
{
    public const string Header = "X-API-Key";

    private readonly byte[]? _key = key is null ? null : Encoding.UTF8.GetBytes(key);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_key is null)
        {
            return next(context);
        }

        var sent = context.HttpContext.Request.Headers[Header].ToString();
        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _key))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "API key required",
            detail: $"Send the server's API key in the {Header} header."));
    }
}
