using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Verbs;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck classify</c>: one line in, one <c>score&lt;TAB&gt;label</c> out, in order.</summary>
internal sealed class ClassifyCommand(CliConsole console)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Run(ClassifyOptions options)
    {
        var json = options.Format.ToLowerInvariant() switch
        {
            "tsv" => false,
            "json" => true,
            _ => throw new UsageException($"--format '{options.Format}' is not one of tsv, json"),
        };
        var model = PartisanClassifier.Default;
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

    private void Score(PartisanModel model, TextReader input, bool json)
    {
        while (input.ReadLine() is { } line)
        {
            var score = model.Classify(line);
            var label = score.IsPartisan ? "partisan" : "neutral";
            if (json)
            {
                var reasons = score.Reasons.Select(r => r.Text);
                console.Out.WriteLine(JsonSerializer.Serialize(new { score = Math.Round(score.Probability, 4), label, reasons, sentence = line }, JsonOptions));
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Probability:0.0000}\t{label}"));
            }
        }
    }

    private StreamReader Open(string file)
    {
        var full = Path.GetFullPath(file, console.WorkingDirectory);
        return File.Exists(full) ? new StreamReader(full) : throw new UsageException($"no such file: {file}");
    }
}
