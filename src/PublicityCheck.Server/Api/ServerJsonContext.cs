using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicityCheck.Server.Api;

/// <summary>
/// The request bodies the API reads, with the web's conventions (camelCase names, case-insensitive matching, numbers
/// from strings) as <see cref="JsonSerializerOptions.Web"/> gives them, read by code generated at build time rather than
/// by reflection, so that a trimmed or natively compiled host reads them alike.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckRequest))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;
