using System.Globalization;
using System.Text.Json;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Output;
using PublicityCheck.Cli.Verbs;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck classify</c>: one line in, one <c>score&lt;TAB&gt;label</c> out, in order.</summary>
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

    private StreamReader Open(string file)
    {
        var full = Path.GetFullPath(file, console.WorkingDirectory);
        return File.Exists(full) ? new StreamReader(full) : throw new UsageException($"no such file: {file}");
    }
}
