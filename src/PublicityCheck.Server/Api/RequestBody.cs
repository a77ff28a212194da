using Microsoft.AspNetCore.Http;

namespace PublicityCheck.Server.Api;

/// <summary>Reads a request body whole, refusing one larger than the server's limit however it is sent (length or chunked).</summary>
internal static class RequestBody
{
    public static async Task<byte[]?> ReadAsync(Stream body, long? declared, long limit, CancellationToken cancellationToken)
    {
        if (declared > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await ReadChunkAsync(body, chunk, cancellationToken).ConfigureAwait(false)) != 0)
        {
            if (read < 0 || buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // Kestrel enforces the same limit on a body with no length (chunked) and throws as the limit passes.
    private static async Task<int> ReadChunkAsync(Stream body, byte[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return -1;
        }
    }

    public static IResult TooLarge(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request too large",
        detail: $"The body is larger than the server's limit of {limit} bytes.");
}
