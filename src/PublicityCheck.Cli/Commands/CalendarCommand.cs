using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Calendar;
using PublicityCheck.Cli.Output;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck calendar</c>: lists the configured elections with their pre-election periods and which are in
/// force on a date, or computes the statutory timetable of one poll.
/// </summary>
internal sealed class CalendarCommand(CliConsole console, IClock clock)
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public int Run(CalendarOptions options)
    {
        var format = options.Format.ToLowerInvariant();
        if (format is not ("table" or "json"))
        {
            throw new UsageException($"--format '{options.Format}' is not one of table, json");
        }

        if (options.Poll is not null || options.Election is not null)
        {
            return ComputeOne(options, format == "json");
        }

        if (options.Type is not null || options.Writ is not null || options.Start is not null)
        {
            throw new UsageException("--type, --writ and --start go with --poll or --election: give the poll to compute a timetable");
        }

        var on = options.On is null ? clock.GetCurrentInstant().InZone(London).Date : OptionValues.Date(options.On, "--on")!.Value;
        var calendar = ElectionCalendar.From(LoadConfiguration(options.Config));
        if (format == "json")
        {
            var elections = calendar.Periods.Select(p => Describe(calendar, p, on)).ToList();
            console.Out.WriteLine(JsonSerializer.Serialize(new ElectionListing(Iso(on), elections), CliJsonContext.Indented.ElectionListing));
        }
        else
        {
            WriteTable(calendar, on);
        }

        return ExitCodes.Success;
    }

    private int ComputeOne(CalendarOptions options, bool json)
    {
        var election = ElectionToCompute(options);
        StatutoryTimetable timetable;
        try
        {
            timetable = StatutoryTimetable.For(election);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0].Replace("\"writ\"", "--writ", StringComparison.Ordinal).Replace("\"start\"", "--start", StringComparison.Ordinal));
        }

        var fields = Fields(timetable);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(fields, CliJsonContext.Indented.DictionaryStringObject));
        }
        else
        {
            foreach (var (name, value) in fields)
            {
                console.Out.WriteLine($"{name,-17} {value ?? "-"}");
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>The poll the options describe: by its identifier (--election), or by its day, type and country (--poll).</summary>
    private static Election ElectionToCompute(CalendarOptions options)
    {
        ElectionIdentifier? identifier = null;
        if (options.Election is not null)
        {
            if (!ElectionIdentifier.TryParse(options.Election, out identifier, out var error))
            {
                throw new UsageException($"--election '{options.Election}' is not an election identifier: {error}");
            }

            if (identifier.Type is null)
            {
                throw new UsageException($"--election '{options.Election}': {identifier.WhyNoTimetable}");
            }
        }

        var poll = identifier?.Poll ?? OptionValues.Date(options.Poll, "--poll")!.Value;
        if (identifier is not null && options.Poll is not null && OptionValues.Date(options.Poll, "--poll") != poll)
        {
            throw new UsageException($"--poll {options.Poll} is not the polling day of '{identifier.Text}'; leave --poll out");
        }

        ElectionType type;
        if (options.Type is null && identifier?.Type is { } implied)
        {
            type = implied;
        }
        else if (!CalendarNames.TryParseType(options.Type, out type))
        {
            throw new UsageException($"--type '{options.Type}' is not one of {string.Join(", ", CalendarNames.TypeNames)}");
        }
        else if (identifier?.Type is { } named && named != type && !(named is ElectionType.Referendum or ElectionType.NationalReferendum && type is ElectionType.Referendum or ElectionType.NeighbourhoodPlanningReferendum or ElectionType.NationalReferendum or ElectionType.CouncilTaxReferendum))
        {
            throw new UsageException($"--type '{options.Type}' is not the kind of poll '{identifier.Text}' names ({named.ToName()}); leave --type out");
        }

        UkCountry country;
        if (options.Country is null)
        {
            country = identifier?.Country ?? UkCountry.England;
        }
        else if (!CalendarNames.TryParseCountry(options.Country, out country))
        {
            throw new UsageException($"--country '{options.Country}' is not one of {string.Join(", ", CalendarNames.CountryNames)}");
        }
        else if (identifier?.Country is { } held && held != country)
        {
            throw new UsageException($"'{identifier.Text}' is held in {held.ToName()}, not {country.ToName()}; leave --country out");
        }

        if (StatutoryTimetable.WhyUndefined(type, country) is { } reason)
        {
            throw new UsageException($"there is no {type.ToName()} poll in {country.ToName()}: {reason}");
        }

        var name = identifier?.Text ?? type.ToName();
        return new Election(name, name, poll, type, country)
        {
            Writ = OptionValues.Date(options.Writ, "--writ"),
            Start = OptionValues.Date(options.Start, "--start"),
        };
    }

    private void WriteTable(ElectionCalendar calendar, LocalDate on)
    {
        if (calendar.Periods.IsEmpty)
        {
            console.Out.WriteLine("No elections are configured: add them under \"elections\" in publicitycheck.json.");
            return;
        }

        var idWidth = Math.Max("Id".Length, calendar.Periods.Max(p => p.Election.Id.Length));
        console.Out.WriteLine($"{"Id".PadRight(idWidth)} {"Type",-13} {"Country",-16} {"Poll",-10} {"Period",-23} {"On " + Iso(on),-16} Name");
        foreach (var period in calendar.Periods)
        {
            var state = period.IsInForceOn(on) ? "in force" : on < period.Start ? "not yet" : "ended";
            var election = period.Election;
            var wards = election.IsForSomeWards ? $" (wards: {string.Join(", ", election.Wards)})" : string.Empty;
            console.Out.WriteLine($"{election.Id.PadRight(idWidth)} {election.Type.ToName(),-13} {election.Country.ToName(),-16} {Iso(election.Poll),-10} {Iso(period.Start) + " to " + Iso(period.End),-23} {state,-16} {election.Name}{wards}");
        }
    }

    private PublicityCheckConfiguration LoadConfiguration(string? config)
    {
        if (config is null)
        {
            return new ConfigurationResolver().ForFolder(console.WorkingDirectory);
        }

        // The file given is used alone, as --config is everywhere.
        var file = OptionValues.ConfigurationFile(config, console)!;
        return new ConfigurationResolver(file).ForDocument(file);
    }

    private static Dictionary<string, object?> Describe(ElectionCalendar calendar, PreElectionPeriod period, LocalDate on)
    {
        var fields = new Dictionary<string, object?> { ["id"] = period.Election.Id, ["name"] = period.Election.Name };
        foreach (var (name, value) in Fields(calendar.TimetableOf(period)))
        {
            fields[name] = value;
        }

        // The council's own start, where configured, is the one in force.
        fields["periodStart"] = Iso(period.Start);
        fields["combinedWith"] = period.CombinedWith.Select(e => e.Id).ToArray();
        fields["wards"] = period.Election.Wards.ToArray();
        fields["inForce"] = period.IsInForceOn(on);
        return fields;
    }

    private static Dictionary<string, object?> Fields(StatutoryTimetable timetable) => new()
    {
        ["poll"] = Iso(timetable.Poll),
        ["type"] = timetable.Type.ToName(),
        ["country"] = timetable.Country.ToName(),
        ["dissolution"] = timetable.Dissolution is { } dissolution ? Iso(dissolution) : null,
        ["noticeNotBefore"] = timetable.NoticeNotBefore is { } notBefore ? Iso(notBefore) : null,
        ["noticeOfElection"] = Iso(timetable.NoticeOfElection),
        ["periodStart"] = Iso(timetable.PeriodStart),
        ["periodEnd"] = Iso(timetable.PeriodEnd),
        ["writ"] = timetable.Writ is { } writ ? Iso(writ) : null,
        ["rule"] = timetable.Rule,
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
