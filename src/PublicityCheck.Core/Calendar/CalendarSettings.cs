using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>The <c>calendar</c> settings of <c>publicitycheck.json</c>.</summary>
public sealed record CalendarSettings
{
    /// <summary>How many working days ahead PC0301 says a period is coming, unless configured.</summary>
    public const int DefaultNoticeWorkingDays = 10;

    /// <summary>No calendar settings.</summary>
    public static CalendarSettings Default { get; } = new();

    /// <summary>Days appointed for public thanksgiving or mourning (<c>extraDiesNon</c>), left out of every timetable.</summary>
    public ImmutableArray<LocalDate> ExtraDiesNon { get; init; } = [];

    /// <summary>How many working days before a period starts a release is told it is coming (<c>noticeWorkingDays</c>), when set.</summary>
    public int? NoticeWorkingDays { get; init; }

    /// <summary>The number of working days in force: the setting, or 10.</summary>
    public int EffectiveNoticeWorkingDays => NoticeWorkingDays ?? DefaultNoticeWorkingDays;

    /// <summary>These settings with <paramref name="nearer"/> laid over them: its days are added and its number wins.</summary>
    public CalendarSettings OverlaidWith(CalendarSettings nearer)
    {
        ArgumentNullException.ThrowIfNull(nearer);
        return new CalendarSettings
        {
            ExtraDiesNon = [.. ExtraDiesNon.Concat(nearer.ExtraDiesNon).Distinct().Order()],
            NoticeWorkingDays = nearer.NoticeWorkingDays ?? NoticeWorkingDays,
        };
    }
}
