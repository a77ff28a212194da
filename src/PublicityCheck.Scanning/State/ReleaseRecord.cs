using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace PublicityCheck.Scanning.State;

/// <summary>What the state keeps of a checked release for the Monitoring Officer's view: its publication date, who it quotes and the suppressions its author wrote.</summary>
/// <param name="PublishOn">The publication date the rules used (yyyy-MM-dd), or null when the file could not be read.</param>
/// <param name="Quotations">Each quotation's speaker, in reading order.</param>
/// <param name="Suppressions">Each suppression, in the order the reader found them.</param>
internal sealed record ReleaseRecord(string? PublishOn, ImmutableArray<StoredQuotation> Quotations, ImmutableArray<AuthorSuppression> Suppressions)
{
    /// <summary>The record of a checked file's <paramref name="result"/>, its speakers judged against <paramref name="roster"/>.</summary>
    public static ReleaseRecord Of(FileResult result, People.Roster roster)
    {
        if (result.PublishOn is not { } date)
        {
            return new ReleaseRecord(null, [], AuthorSuppression.From(result.Suppressions, result.Diagnostics));
        }

        return new ReleaseRecord(
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [.. result.Speakers.Select((s, i) => StoredQuotation.From(i, s, roster, date))],
            AuthorSuppression.From(result.Suppressions, result.Diagnostics));
    }

    /// <summary>The publication date as a date, or null.</summary>
    public LocalDate? Date => PublishOn is null ? null : LocalDate.FromDateTime(DateTime.ParseExact(PublishOn, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
