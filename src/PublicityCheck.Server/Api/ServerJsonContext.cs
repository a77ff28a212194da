using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicityCheck.Server.Api;

/// <summary>
/// The bodies the API reads and writes, with the web's conventions (camelCase names, case-insensitive matching, numbers
/// from strings) as <see cref="JsonSerializerOptions.Web"/> gives them, read and written by code generated at build
/// time rather than by reflection, so that the server compiled ahead of time to native code (which has no reflection
/// over JSON) reads and writes them exactly as the framework-dependent one does. The server puts this context first
/// among its JSON resolvers, and the OpenAPI document describes the types through it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApiRule>))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(byte[]))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;
