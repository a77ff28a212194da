namespace PublicityCheck.Benchmarks.Generation;

/// <summary>
/// What one kind of release is about, and the sentences it can be written from. Text may hold tokens the generator
/// fills in for each release: <c>{ward}</c>, <c>{ward2}</c>, <c>{place}</c>, <c>{date}</c> (the publication date,
/// "Monday 9 March 2026"), <c>{day1}</c> and <c>{day2}</c> (later dates, "Saturday 21 March"), <c>{deadline}</c>,
/// <c>{time1}</c> (morning), <c>{time2}</c> (afternoon), <c>{evening}</c> and <c>{weekday}</c>.
/// </summary>
/// <param name="Slug">A short name for file names.</param>
internal sealed record ReleaseTopic(string Slug)
{
    /// <summary>The member who speaks for the topic: the relevant Cabinet Member, or the chair of the body whose work it is.</summary>
    public required string Lead { get; init; }

    /// <summary>The officer who speaks for the service.</summary>
    public required string Officer { get; init; }

    /// <summary>Outside speakers who fit the topic.</summary>
    public required IReadOnlyList<string> Externals { get; init; }

    /// <summary>Places the release may be about.</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Headlines.</summary>
    public required IReadOnlyList<string> Headlines { get; init; }

    /// <summary>Opening paragraphs: dated, naming a ward.</summary>
    public required IReadOnlyList<string> Openings { get; init; }

    /// <summary>Sentences of fact about the topic.</summary>
    public required IReadOnlyList<string> Facts { get; init; }

    /// <summary>Paragraphs of dates, times and how to take part.</summary>
    public required IReadOnlyList<string> Details { get; init; }

    /// <summary>Quotations for the lead member, a sentence an item.</summary>
    public required IReadOnlyList<string[]> MemberQuotes { get; init; }

    /// <summary>Quotations for the officer.</summary>
    public required IReadOnlyList<string[]> OfficerQuotes { get; init; }

    /// <summary>Quotations for the outside speakers: the first for the first of <see cref="Externals"/>, and so on.</summary>
    public required IReadOnlyList<string[]> ExternalQuotes { get; init; }

    /// <summary>Notes to editors.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Whether the Leader of the Council may also be quoted (a general release about the executive's work).</summary>
    public bool LeaderMayComment { get; init; } = true;
}
