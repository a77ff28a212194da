using System.Collections.Immutable;
using System.Text.Json;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Text;

namespace PublicityCheck.Policies;

/// <summary>Reads policy packs: the built-in ones by name (<c>borough</c>, <c>county</c>, <c>committee</c>) or a council's own from a JSON file.</summary>
internal static class PolicyPackReader
{
    /// <summary>The names of the built-in packs.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = ["borough", "county", "committee"];

    /// <summary>The built-in pack <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">There is no such built-in pack.</exception>
    public static PolicyPack BuiltIn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!BuiltInNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"There is no built-in policy '{name}' (use {string.Join(", ", BuiltInNames)}, or a path to a .json file).", nameof(name));
        }

        return Parse(LexiconResources.ReadText($"policies/{name.ToLowerInvariant()}.json"), $"lexicons/policies/{name}.json");
    }

    /// <summary>Reads a pack from JSON text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">The JSON is not a valid policy pack.</exception>
    public static PolicyPack Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var quotable = ImmutableDictionary.CreateBuilder<ReleaseKind, ImmutableArray<RoleKind>>();
            if (root.TryGetProperty("quotable", out var byKind))
            {
                foreach (var entry in byKind.EnumerateObject())
                {
                    if (!ReleaseKinds.TryParse(entry.Name, out var kind))
                    {
                        throw new FormatException($"{source}: quotable.{entry.Name} is not a kind of release (general, scrutiny, committee, emergency, statutory-notice, civic)");
                    }

                    quotable[kind] = [.. entry.Value.EnumerateArray().Select(r => ParseRole(r.GetString(), source))];
                }
            }

            return new PolicyPack
            {
                Name = String(root, "name") ?? Path.GetFileNameWithoutExtension(source),
                Title = String(root, "title") ?? string.Empty,
                Source = String(root, "source") ?? string.Empty,
                Quotable = quotable.ToImmutable(),
                CabinetMemberMustBeRelevant = Bool(root, "cabinetMemberMustBeRelevant"),
                ChairsInCapacityOnly = Bool(root, "chairsInCapacityOnly"),
                ExternalSpeakersAllowed = Bool(root, "externalSpeakersAllowed", true),
                LocalMembersMayBeQuoted = Bool(root, "localMembersMayBeQuoted"),
                LocalMemberMustBeInvited = Bool(root, "localMemberMustBeInvited"),
                BalanceRequired = Bool(root, "balanceRequired"),
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"{source}: not a valid policy pack ({ex.Message})", ex);
        }
    }

    private static RoleKind ParseRole(string? text, string source) =>
        Enum.TryParse<RoleKind>(text, ignoreCase: true, out var role)
            ? role
            : throw new FormatException($"{source}: '{text}' is not a role (use {string.Join(", ", Enum.GetNames<RoleKind>())})");

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement root, string name, bool fallback = false) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;
}
