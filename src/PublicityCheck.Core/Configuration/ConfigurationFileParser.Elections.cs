using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Calendar;

namespace PublicityCheck.Configuration;

/// <summary>The <c>elections</c> and <c>calendar</c> sections.</summary>
internal static partial class ConfigurationFileParser
{
    private static readonly string[] ElectionProperties = ["id", "name", "poll", "type", "country", "wards", "start"];
    private static readonly string[] CalendarProperties = ["extraDiesNon", "noticeWorkingDays"];

    private sealed partial class Reader
    {
        private CalendarSettings ReadCalendar(JsonElement calendar, string calendarPath)
        {
            Expect(calendar, JsonValueKind.Object, calendarPath, "must be an object, such as { \"extraDiesNon\": [\"2022-09-19\"] }");
            var settings = CalendarSettings.Default;
            foreach (var property in calendar.EnumerateObject())
            {
                var propertyPath = calendarPath + "." + property.Name;
                switch (property.Name)
                {
                    case "extraDiesNon":
                        Expect(property.Value, JsonValueKind.Array, propertyPath, "must be a list of dates (YYYY-MM-DD) appointed for public thanksgiving or mourning");
                        var days = property.Value.EnumerateArray().Select((item, i) => ReadDate(item, $"{propertyPath}[{i}]"));
                        settings = settings with { ExtraDiesNon = [.. days.Distinct().Order()] };
                        break;
                    case "noticeWorkingDays":
                        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var count) || count is < 0 or > 60)
                        {
                            throw Error(propertyPath, $"{property.Value.GetRawText()} is not a number of working days from 0 to 60");
                        }

                        settings = settings with { NoticeWorkingDays = count };
                        break;
                    default:
                        throw Error(propertyPath, $"'{property.Name}' is not a calendar setting (known: {string.Join(", ", CalendarProperties)})");
                }
            }

            return settings;
        }

        private ImmutableArray<Election> ReadElections(JsonElement list, string listPath, CalendarSettings calendar)
        {
            Expect(list, JsonValueKind.Array, listPath, "must be a list of elections, such as [{ \"id\": \"local-2026\", \"name\": \"Borough elections\", \"poll\": \"2026-05-07\", \"type\": \"local\", \"country\": \"england\" }]");
            var elections = ImmutableArray.CreateBuilder<Election>();
            var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var itemPath = $"{listPath}[{i++}]";
                var election = ReadElection(item, itemPath, calendar);
                if (!ids.TryAdd(election.Id, itemPath))
                {
                    throw Error(itemPath + ".id", $"the id '{election.Id}' is already used by {ids[election.Id]}");
                }

                elections.Add(election);
            }

            return elections.ToImmutable();
        }

        private Election ReadElection(JsonElement item, string itemPath, CalendarSettings calendar)
        {
            Expect(item, JsonValueKind.Object, itemPath, "must be an election: an object with id, name, poll, type and country");
            foreach (var property in item.EnumerateObject())
            {
                if (!ElectionProperties.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Error(itemPath + "." + property.Name, $"'{property.Name}' is not an election setting (known: {string.Join(", ", ElectionProperties)})");
                }
            }

            var id = ReadText(item, itemPath, "id", "a short id, unique in this file, such as \"local-2026\"");
            var name = item.TryGetProperty("name", out _) ? ReadText(item, itemPath, "name", "the election's name in messages") : id;
            var poll = ReadDate(Required(item, itemPath, "poll", "polling day (YYYY-MM-DD)"), itemPath + ".poll");
            var typeText = ReadText(item, itemPath, "type", "the kind of poll");
            if (!CalendarNames.TryParseType(typeText, out var type))
            {
                throw Error(itemPath + ".type", $"\"{typeText}\" is not an election type: use {Quoted(CalendarNames.TypeNames)}");
            }

            var countryText = ReadText(item, itemPath, "country", "where the poll is held");
            if (!CalendarNames.TryParseCountry(countryText, out var country))
            {
                throw Error(itemPath + ".country", $"\"{countryText}\" is not a country: use {Quoted(CalendarNames.CountryNames)}");
            }

            if (StatutoryTimetable.WhyUndefined(type, country) is { } undefined)
            {
                throw Error(itemPath + ".country", $"there is no {type.ToName()} poll in {country.ToName()}: {undefined}");
            }

            var wards = ReadWards(item, itemPath, type);
            LocalDate? start = null;
            if (item.TryGetProperty("start", out var startValue))
            {
                start = ReadDate(startValue, itemPath + ".start");
                var statutory = StatutoryTimetable.For(poll, type, country, calendar.ExtraDiesNon).PeriodStart;
                if (start > statutory)
                {
                    throw Error(itemPath + ".start", $"{Iso(start.Value)} is after the statutory start of the period ({Iso(statutory)}); 'start' is for a notice published earlier than the last day");
                }
            }

            return new Election(id, name, poll, type, country) { Wards = wards, Start = start };
        }

        private ImmutableArray<string> ReadWards(JsonElement item, string itemPath, ElectionType type)
        {
            var wardsPath = itemPath + ".wards";
            if (!item.TryGetProperty("wards", out var wards))
            {
                return type == ElectionType.ByElection
                    ? throw Error(itemPath, "a by-election needs \"wards\": the wards it is held in, whose releases its period applies to")
                    : [];
            }

            Expect(wards, JsonValueKind.Array, wardsPath, "must be a list of ward names");
            var names = ImmutableArray.CreateBuilder<string>();
            var i = 0;
            foreach (var ward in wards.EnumerateArray())
            {
                var wardPath = $"{wardsPath}[{i++}]";
                if (ward.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(ward.GetString()))
                {
                    throw Error(wardPath, "must be a ward's name");
                }

                names.Add(ward.GetString()!.Trim());
            }

            if (type == ElectionType.ByElection && names.Count == 0)
            {
                throw Error(wardsPath, "a by-election needs at least one ward");
            }

            return names.ToImmutable();
        }

        private JsonElement Required(JsonElement item, string itemPath, string name, string what) =>
            item.TryGetProperty(name, out var value) ? value : throw Error(itemPath, $"the election has no \"{name}\": {what}");

        private string ReadText(JsonElement item, string itemPath, string name, string what)
        {
            var value = Required(item, itemPath, name, what);
            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                throw Error(itemPath + "." + name, $"must be {what}");
            }

            return value.GetString()!.Trim();
        }

        private LocalDate ReadDate(JsonElement value, string valuePath)
        {
            var parsed = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
            if (parsed is null || !parsed.Success)
            {
                throw Error(valuePath, $"{value.GetRawText()} is not a date: use YYYY-MM-DD, such as \"2026-05-07\"");
            }

            return parsed.Value;
        }

        private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

        private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
    }
}
