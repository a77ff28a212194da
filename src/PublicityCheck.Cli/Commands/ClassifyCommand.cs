using System.Globalization;
using System.Text.Json;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Output;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.IO;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck classify</c>: one line in, one <c>score&lt;TAB&gt;label</c> out, in order; or, with
/// <c>--labelled</c>, the classifier's figures on sentences a person has labelled.
/// </summary>
internal sealed class ClassifyCommand(CliConsole console)
{
    public int Run(ClassifyOptions options)
    {
        var json = options.Format.ToLowerInvariant() switch
        {
            "tsv" => false,
            "json" => true,
            _ => throw new UsageException($"--format '{options.Format}' is not one of tsv, json"),
        };
        var model = PartisanClassifier.Scorer;
        if (options.Labelled)
        {
            return Evaluate(model, options.File, json);
        }

        var fromStandardInput = options.File is null or "-";
        var input = fromStandardInput ? console.In : Open(options.File!);
        try
        {
            Score(model, input, json);
        }
        finally
        {
            if (!fromStandardInput)
            {
                input.Dispose();
            }
        }

        return ExitCodes.Success;
    }

    private void Score(IPartisanScorer model, TextReader input, bool json)
    {
        // Lines are scored a chunk at a time, as a release's sentences are, so the sentence encoder works in batches;
        // output still follows input line by line.
        var chunk = new List<string>(ChunkSize);
        while (true)
        {
            chunk.Clear();
            while (chunk.Count < ChunkSize && input.ReadLine() is { } line)
            {
                chunk.Add(line);
            }

            if (chunk.Count == 0)
            {
                return;
            }

            var probabilities = model.Score(chunk);
            for (var i = 0; i < chunk.Count; i++)
            {
                var label = probabilities[i] >= model.Threshold ? "partisan" : "neutral";
                if (json)
                {
                    var reasons = model.Classify(chunk[i]).Reasons.Select(r => r.Text).ToList();
                    var line = new ClassifiedLine(Math.Round(probabilities[i], 4), label, reasons, chunk[i]);
                    console.Out.WriteLine(JsonSerializer.Serialize(line, CliJsonContext.Lines.ClassifiedLine));
                }
                else
                {
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{probabilities[i]:0.0000}\t{label}"));
                }
            }
        }
    }

    private const int ChunkSize = 64;

    // The largest labelled file read: a million sentences of fifty words is about this.
    private const long MaxLabelledBytes = 512L * 1024 * 1024;

    // Thresholds reported beside the classifier's own, so a reader sees what moving it would trade.
    private static readonly double[] OtherThresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

    /// <summary>
    /// <c>--labelled</c>: how the classifier does on sentences a person has labelled, as a council would check it on its
    /// own past releases before trusting it: the figures at the classifier's threshold, by kind, and at others.
    /// </summary>
    private int Evaluate(IPartisanScorer model, string? file, bool json)
    {
        var rows = ReadLabelled(file);
        if (rows.Count == 0)
        {
            throw new UsageException($"{file ?? "standard input"} holds no labelled sentence");
        }

        // As many at a time as the ensemble encodes in one call: past that it reads a call as one very long release and
        // encodes only the sentences the n-gram model scores highest.
        var scores = new List<double>(rows.Count);
        foreach (var chunk in rows.Chunk(PartisanEnsemble.MaxEncodedSentences))
        {
            scores.AddRange(model.Score([.. chunk.Select(r => r.Sentence)]));
        }

        var at = ClassifierFigures.Of(rows, scores, model.Threshold);
        var others = OtherThresholds.Select(t => ClassifierFigures.Of(rows, scores, t)).ToList();
        if (json)
        {
            var report = new LabelledReport(rows.Count, model.Threshold, Entry(at, withKinds: true), [.. others.Select(o => Entry(o, withKinds: false))]);
            console.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Indented.LabelledReport));
            return ExitCodes.Success;
        }

        var output = console.Out;
        output.WriteLine(Invariant($"{rows.Count:N0} labelled sentences ({at.Partisan:N0} partisan, {at.Neutral:N0} neutral), at the classifier's threshold of {model.Threshold:0.00}:"));
        output.WriteLine(Invariant($"  precision {at.Precision:0.000}  recall {at.Recall:0.000}  F1 {at.F1:0.000}  false alarms {at.FalseAlarmRate:0.0%} ({at.FalseAlarms:N0} of {at.Neutral:N0} neutral sentences called partisan)"));
        if (at.Kinds.Any(k => k.Kind.Length > 0))
        {
            var width = at.Kinds.Max(k => k.Kind.Length);
            foreach (var kind in at.Kinds)
            {
                var name = kind.Kind.Length == 0 ? "(no kind)" : kind.Kind;
                output.WriteLine(Invariant($"  {(kind.IsPartisan ? "partisan" : "neutral"),-8}  {name.PadRight(Math.Max(width, 9))}  {kind.Right,5:N0} of {kind.Count,5:N0} right ({kind.Share:0.00})"));
            }
        }

        output.WriteLine("At other thresholds:");
        foreach (var other in others)
        {
            output.WriteLine(Invariant($"  {other.Threshold:0.00}: precision {other.Precision:0.000}  recall {other.Recall:0.000}  F1 {other.F1:0.000}  false alarms {other.FalseAlarmRate:0.0%}"));
        }

        return ExitCodes.Success;
    }

    private List<LabelledSentence> ReadLabelled(string? file)
    {
        if (file is null or "-")
        {
            return Parse(console.In, "standard input");
        }

        var full = Path.GetFullPath(file, console.WorkingDirectory);
        FileStream stream;
        try
        {
            stream = UntrustedFile.OpenRead(full, MaxLabelledBytes);
        }
        catch (UntrustedFileException ex)
        {
            throw new UsageException($"{file}: {ex.Message}");
        }

        using var reader = new StreamReader(stream);
        return Parse(reader, file);
    }

    private static List<LabelledSentence> Parse(TextReader reader, string source)
    {
        try
        {
            return LabelledSentences.Read(reader, source);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static LabelledFiguresEntry Entry(ClassifierFigures figures, bool withKinds) => new(
        figures.Threshold,
        figures.Partisan,
        figures.Neutral,
        figures.Found,
        figures.FalseAlarms,
        Math.Round(figures.Precision, 4),
        Math.Round(figures.Recall, 4),
        Math.Round(figures.F1, 4),
        Math.Round(figures.FalseAlarmRate, 4),
        withKinds ? [.. figures.Kinds.Select(k => new LabelledKindEntry(k.Kind, k.IsPartisan ? "partisan" : "neutral", k.Count, k.Right, Math.Round(k.Share, 4)))] : null);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private StreamReader Open(string file)
    {
        var full = Path.GetFullPath(file, console.WorkingDirectory);
        return File.Exists(full) ? new StreamReader(full) : throw new UsageException($"no such file: {file}");
    }
}
