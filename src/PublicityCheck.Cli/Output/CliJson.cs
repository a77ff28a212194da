using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicityCheck.Cli.Output;

/// <summary>One rule as <c>publicitycheck rules --format json</c> lists it.</summary>
internal sealed record RuleEntry(
    string Id,
    string Title,
    string Category,
    string DefaultSeverity,
    string MessageFormat,
    string Description,
    string? HelpUri);

/// <summary>The document <c>publicitycheck rules --format json</c> writes.</summary>
internal sealed record RuleList(IReadOnlyList<RuleEntry> Rules);

/// <summary>One scored line as <c>publicitycheck classify --format json</c> writes it.</summary>
internal sealed record ClassifiedLine(double Score, string Label, IReadOnlyList<string> Reasons, string Sentence);

/// <summary>The classifier's figures on labelled sentences, as <c>publicitycheck classify --labelled --format json</c> writes them.</summary>
internal sealed record LabelledReport(
    int Sentences,
    double Threshold,
    LabelledFiguresEntry AtThreshold,
    IReadOnlyList<LabelledFiguresEntry> AtOtherThresholds);

/// <summary>Figures at one threshold; the kinds only at the classifier's own.</summary>
internal sealed record LabelledFiguresEntry(
    double Threshold,
    int Partisan,
    int Neutral,
    int Found,
    int FalseAlarms,
    double Precision,
    double Recall,
    double F1,
    double FalseAlarmRate,
    IReadOnlyList<LabelledKindEntry>? Kinds);

/// <summary>One kind of labelled sentence: its label, how many, how many right.</summary>
internal sealed record LabelledKindEntry(string Kind, string Label, int Count, int Right, double Share);

/// <summary>
/// The configured elections on a date, as <c>publicitycheck calendar --format json</c> lists them: each election a
/// set of named fields, in the order the table gives them.
/// </summary>
internal sealed record ElectionListing(string On, IReadOnlyList<Dictionary<string, object?>> Elections);

/// <summary>
/// The JSON the commands write of their own (the reports' JSON and SARIF are written by <c>PublicityCheck.Reporting</c>),
/// serialised by code generated at build time rather than by reflection, so that the command works the same when it is
/// compiled ahead of time. Calendar fields are <see cref="object"/>: a date or a rule as text, a flag, or a list of ids.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RuleList))]
[JsonSerializable(typeof(ClassifiedLine))]
[JsonSerializable(typeof(LabelledReport))]
[JsonSerializable(typeof(ElectionListing))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(bool))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Indented, for a document a person reads (<c>rules</c>, <c>calendar</c>).</summary>
    public static CliJsonContext Indented { get; } = new(SerializerOptions(writeIndented: true));

    /// <summary>One line each, for a stream of records (<c>classify</c>).</summary>
    public static CliJsonContext Lines { get; } = new(SerializerOptions(writeIndented: false));

    // Names, places and quotation marks are written as they are, not as \u escapes: the output is read by people and
    // by JSON parsers, never embedded in HTML.
    private static JsonSerializerOptions SerializerOptions(bool writeIndented) => new()
    {
        WriteIndented = writeIndented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
