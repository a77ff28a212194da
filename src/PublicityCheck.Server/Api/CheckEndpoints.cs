using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;

namespace PublicityCheck.Server.Api;

/// <summary>The JSON API under <c>/api/v1</c>.</summary>
internal static class CheckEndpoints
{
    public const int MaxParagraphs = 20_000;

    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RouteGroupBuilder MapCheckApi(this RouteGroupBuilder api, ServerOptions options)
    {
        api.MapPost("/check", (HttpRequest request, CheckService service, CheckSlots slots, CancellationToken cancellationToken) => CheckJsonAsync(request, service, slots, options, cancellationToken))
            .WithName("Check")
            .WithSummary("Checks a release sent as paragraphs or Markdown.")
            .Accepts<CheckRequest>("application/json")
            .Produces<CheckResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/check/docx", (HttpRequest request, CheckService service, CheckSlots slots, CancellationToken cancellationToken) => CheckDocxAsync(request, service, slots, options, cancellationToken))
            .WithName("CheckDocx")
            .WithSummary("Checks a Word release sent as the request body or as the file of a multipart form.")
            .Accepts<byte[]>(WordContentType, "application/octet-stream", "multipart/form-data")
            .Produces<CheckResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/rules", (CheckService service) => Results.Ok(service.Rules()))
            .WithName("Rules")
            .WithSummary("Lists every rule with its severity under the server's configuration.")
            .Produces<IReadOnlyList<ApiRule>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<IResult> CheckJsonAsync(HttpRequest request, CheckService service, CheckSlots slots, ServerOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", $"Send JSON (Content-Type: application/json), not '{request.ContentType}'.");
        }

        var body = await RequestBody.ReadAsync(request.Body, request.ContentLength, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestBody.TooLarge(options.MaxRequestBytes);
        }

        CheckRequest? check;
        try
        {
            check = JsonSerializer.Deserialize(body, ServerJsonContext.Default.CheckRequest);
        }
        catch (JsonException ex)
        {
            // Not ex.Message: it names .NET types ("could not be converted to System.Collections...").
            return Problem(StatusCodes.Status400BadRequest, "Invalid JSON", $"The body is not valid JSON for a check request{Where(ex)}: send {{\"paragraphs\": [\"...\"]}} or {{\"markdown\": \"...\"}}.");
        }

        if (check is null || (check.Paragraphs is null) == (check.Markdown is null))
        {
            return Problem(StatusCodes.Status400BadRequest, "Nothing to check", "Send either \"paragraphs\" (an array of strings) or \"markdown\" (a string), not both.");
        }

        NodaTime.LocalDate? publishOn = null;
        if (check.PublishOn is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(check.PublishOn);
            if (!parsed.Success)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid publication date", $"\"publishOn\" '{check.PublishOn}' is not a date in the form YYYY-MM-DD.");
            }

            publishOn = parsed.Value;
        }

        if (check.Paragraphs is { Count: > MaxParagraphs })
        {
            return Problem(StatusCodes.Status400BadRequest, "Too many paragraphs", $"A release may have at most {MaxParagraphs} paragraphs.");
        }

        if (check.Markdown is not null)
        {
            var markdown = System.Text.Encoding.UTF8.GetBytes(check.Markdown);
            return Results.Ok(await slots.RunAsync(() => service.CheckContent("release.md", markdown, publishOn, cancellationToken), cancellationToken).ConfigureAwait(false));
        }

        return Results.Ok(await slots.RunAsync(() => service.CheckParagraphs(check.Paragraphs!, publishOn, check.Category, cancellationToken), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> CheckDocxAsync(HttpRequest request, CheckService service, CheckSlots slots, ServerOptions options, CancellationToken cancellationToken)
    {
        NodaTime.LocalDate? publishOn = null;
        if (request.Query["publishOn"].ToString() is { Length: > 0 } date)
        {
            var parsed = LocalDatePattern.Iso.Parse(date);
            if (!parsed.Success)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid publication date", $"publishOn '{date}' is not a date in the form YYYY-MM-DD.");
            }

            publishOn = parsed.Value;
        }

        byte[]? content;
        var fileName = "release.docx";
        if (request.HasFormContentType)
        {
            if (request.ContentLength > options.MaxRequestBytes)
            {
                return RequestBody.TooLarge(options.MaxRequestBytes);
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid form", "The body is not a multipart form the server can read: send the .docx as the form's one file field.");
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return RequestBody.TooLarge(options.MaxRequestBytes);
            }

            if (form.Files.FirstOrDefault() is not { } file)
            {
                return Problem(StatusCodes.Status400BadRequest, "No file", "The form has no file: send the .docx as a file field.");
            }

            if (file.Length > options.MaxRequestBytes)
            {
                return RequestBody.TooLarge(options.MaxRequestBytes);
            }

            fileName = Path.GetExtension(file.FileName).Equals(".docm", StringComparison.OrdinalIgnoreCase) ? "release.docm" : fileName;
            await using var stream = file.OpenReadStream();
            content = await RequestBody.ReadAsync(stream, file.Length, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        }
        else if (request.ContentType is null || request.ContentType.StartsWith(WordContentType, StringComparison.OrdinalIgnoreCase)
            || request.ContentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            content = await RequestBody.ReadAsync(request.Body, request.ContentLength, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", $"Send a .docx as {WordContentType}, application/octet-stream or multipart/form-data, not '{request.ContentType}'.");
        }

        if (content is null)
        {
            return RequestBody.TooLarge(options.MaxRequestBytes);
        }

        var response = await slots.RunAsync(() => service.CheckContent(fileName, content, publishOn, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (response.Diagnostics.FirstOrDefault(d => d.Id == "PC0001") is { } unreadable)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unreadable Word file", unreadable.Message);
        }

        return Results.Ok(response);
    }

    private static string Where(JsonException ex) =>
        ex.Path is null ? string.Empty : $" at {ex.Path} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})";

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
