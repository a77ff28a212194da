using System.Text.Json;

namespace PublicityCheck.Configuration;

/// <content>The Monitoring Officer's settings: <c>balance</c> and <c>noisyRules</c>.</content>
internal static partial class ConfigurationFileParser
{
    private sealed partial class Reader
    {
        private BalanceSettings ReadBalance(JsonElement value, string jsonPath)
        {
            Expect(value, JsonValueKind.Object, jsonPath, "must be an object such as { \"window\": 42, \"margin\": 15, \"minimumQuotations\": 12 }");
            int? window = null, margin = null, minimum = null;
            foreach (var setting in value.EnumerateObject())
            {
                var settingPath = jsonPath + "." + setting.Name;
                switch (setting.Name)
                {
                    case "window":
                        window = ReadWhole(setting.Value, settingPath, 7, 366, "the days before a poll, the poll day included, to compare with the rest of the year (42: six weeks)");
                        break;
                    case "margin":
                        margin = ReadWhole(setting.Value, settingPath, 1, 100, "the percentage points a group's share before a poll may depart from the rest of the year's (15)");
                        break;
                    case "minimumQuotations":
                        minimum = ReadWhole(setting.Value, settingPath, 1, 100_000, "the fewest quotations of members a window must hold before its shares are flagged (12)");
                        break;
                    default:
                        throw Error(settingPath, $"'{setting.Name}' is not a balance setting (known: window, margin, minimumQuotations)");
                }
            }

            return new BalanceSettings { WindowDays = window, Margin = margin, MinimumQuotations = minimum };
        }

        private NoisyRuleSettings ReadNoisyRules(JsonElement value, string jsonPath)
        {
            Expect(value, JsonValueKind.Object, jsonPath, "must be an object such as { \"minimumReleases\": 5 }");
            int? minimum = null;
            foreach (var setting in value.EnumerateObject())
            {
                var settingPath = jsonPath + "." + setting.Name;
                minimum = setting.Name == "minimumReleases"
                    ? ReadWhole(setting.Value, settingPath, 1, 1_000_000, "the fewest releases with findings of a rule before it may be listed as noisy (5)")
                    : throw Error(settingPath, $"'{setting.Name}' is not a noisyRules setting (known: minimumReleases)");
            }

            return new NoisyRuleSettings { MinimumReleases = minimum };
        }

        private int ReadWhole(JsonElement value, string jsonPath, int least, int most, string what) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= least && number <= most
                ? number
                : throw Error(jsonPath, $"{value.GetRawText()} is not a whole number from {least} to {most}: give {what}");
    }
}
