using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Calendar;

namespace PublicityCheck.Configuration;

/// <summary>The <c>elections</c> and <c>calendar</c> sections.</summary>
internal static partial class ConfigurationFileParser
{
    private static readonly string[] ElectionProperties = ["id", "name", "poll", "type", "country", "wards", "start", "writ"];
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

            var id = ReadText(item, itemPath, "id", "a short id, unique in this file, such as \"local-2026\", or an election identifier such as \"sp.2026-05-07\"");
            var identifier = ReadIdentifier(id, itemPath);
            var name = item.TryGetProperty("name", out _) ? ReadText(item, itemPath, "name", "the election's name in messages") : id;
            var poll = ReadPoll(item, itemPath, identifier);
            var type = ReadType(item, itemPath, identifier);
            var country = ReadCountry(item, itemPath, identifier);
            if (StatutoryTimetable.WhyUndefined(type, country) is { } undefined)
            {
                throw Error(itemPath + ".country", $"there is no {type.ToName()} poll in {country.ToName()}: {undefined}");
            }

            var wards = ReadWards(item, itemPath, type);
            LocalDate? writ = null;
            if (item.TryGetProperty("writ", out var writValue))
            {
                writ = type == ElectionType.ParliamentaryByElection
                    ? ReadDate(writValue, itemPath + ".writ")
                    : throw Error(itemPath + ".writ", "'writ' is the day the writ was received, for a UK Parliamentary by-election (\"type\": \"parliamentary-by-election\") only");
            }

            LocalDate? start = item.TryGetProperty("start", out var startValue) ? ReadDate(startValue, itemPath + ".start") : null;
            if (StatutoryTimetable.WhyPollIsNotEnough(type) is { } notEnough && writ is null && start is null)
            {
                throw Error(itemPath, $"the poll's date is not enough: {notEnough}");
            }

            var election = new Election(id, name, poll, type, country) { Wards = wards, Start = start, Writ = writ };
            // The statutory start, to hold a configured start against, unless the configured start is itself the basis
            // of the timetable (a by-election given by its notice, a national referendum).
            var basis = StatutoryTimetable.IsTimedFromStart(election) ? election : election with { Start = null };
            StatutoryTimetable timetable;
            try
            {
                timetable = StatutoryTimetable.For(basis, calendar.ExtraDiesNon);
            }
            catch (ArgumentException e)
            {
                throw Error(itemPath + ".poll", e.Message);
            }

            if (start is { } own && start > timetable.PeriodStart)
            {
                throw Error(itemPath + ".start", $"{Iso(own)} is after the statutory start of the period ({Iso(timetable.PeriodStart)}); 'start' is for a notice published earlier than the last day");
            }

            if (start is { } early && timetable.NoticeNotBefore is { } notBefore && early < notBefore)
            {
                throw Error(itemPath + ".start", $"{Iso(early)} is before the first day the notice of election may be published ({Iso(notBefore)}): the notice of a Scottish Parliament election falls between the 35th and the 28th working day before the poll");
            }

            if (timetable.PeriodStart >= poll)
            {
                throw Error(itemPath + ".start", $"the period must start before polling day ({Iso(poll)}), not on {Iso(timetable.PeriodStart)}");
            }

            return election;
        }

        private ElectionIdentifier? ReadIdentifier(string id, string itemPath)
        {
            if (!ElectionIdentifier.IsIdentifierForm(id))
            {
                return null;
            }

            if (!ElectionIdentifier.TryParse(id, out var identifier, out var error))
            {
                throw Error(itemPath + ".id", $"\"{id}\" is read as an election identifier, because it has a full stop, and is not one: {error}");
            }

            return identifier.Type is null ? throw Error(itemPath + ".id", $"\"{id}\": {identifier.WhyNoTimetable}") : identifier;
        }

        private LocalDate ReadPoll(JsonElement item, string itemPath, ElectionIdentifier? identifier)
        {
            if (!item.TryGetProperty("poll", out var value))
            {
                return identifier?.Poll ?? throw Error(itemPath, "the election has no \"poll\": polling day (YYYY-MM-DD)");
            }

            var poll = ReadDate(value, itemPath + ".poll");
            return identifier is null || identifier.Poll == poll
                ? poll
                : throw Error(itemPath + ".poll", $"{Iso(poll)} is not the polling day of \"{identifier.Text}\" ({Iso(identifier.Poll)}); leave \"poll\" out, as the identifier gives it");
        }

        private ElectionType ReadType(JsonElement item, string itemPath, ElectionIdentifier? identifier)
        {
            if (!item.TryGetProperty("type", out _) && identifier?.Type is { } implied)
            {
                return implied;
            }

            var typeText = ReadText(item, itemPath, "type", "the kind of poll");
            if (!CalendarNames.TryParseType(typeText, out var type))
            {
                throw Error(itemPath + ".type", $"\"{typeText}\" is not an election type: use {Quoted(CalendarNames.TypeNames)}");
            }

            if (identifier?.Type is { } fromId && type != fromId && !IsReferendumRefinement(fromId, type))
            {
                throw Error(itemPath + ".type", $"\"{typeText}\" is not the kind of poll \"{identifier.Text}\" names ({fromId.ToName()}); leave \"type\" out, as the identifier gives it");
            }

            return type;
        }

        private static bool IsReferendumRefinement(ElectionType fromId, ElectionType type) =>
            fromId is ElectionType.Referendum or ElectionType.NationalReferendum
            && type is ElectionType.Referendum or ElectionType.NeighbourhoodPlanningReferendum or ElectionType.NationalReferendum or ElectionType.CouncilTaxReferendum;

        private UkCountry ReadCountry(JsonElement item, string itemPath, ElectionIdentifier? identifier)
        {
            if (!item.TryGetProperty("country", out _))
            {
                return identifier switch
                {
                    { Country: { } implied } => implied,
                    not null => throw Error(itemPath, $"the election has no \"country\": \"{identifier.Text}\" does not say where the poll is held; give {Quoted(CalendarNames.CountryNames)}"),
                    null => throw Error(itemPath, "the election has no \"country\": where the poll is held"),
                };
            }

            var countryText = ReadText(item, itemPath, "country", "where the poll is held");
            if (!CalendarNames.TryParseCountry(countryText, out var country))
            {
                throw Error(itemPath + ".country", $"\"{countryText}\" is not a country: use {Quoted(CalendarNames.CountryNames)}");
            }

            return identifier?.Country is { } fromId && fromId != country
                ? throw Error(itemPath + ".country", $"\"{identifier.Text}\" is held in {fromId.ToName()}, not {country.ToName()}; leave \"country\" out, as the identifier gives it")
                : country;
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
