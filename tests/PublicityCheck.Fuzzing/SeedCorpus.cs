using System.Text.Json;

namespace PublicityCheck.Fuzzing;

/// <summary>Builds a seed corpus for each target from the shipped samples and the shared corpus, at run time.</summary>
internal static class SeedCorpus
{
    // afl-fuzz wants small seeds; larger files slow every execution.
    private const long MaxSeedBytes = 64 * 1024;

    public static void Write(string output, string repository)
    {
        WriteConfiguration(Path.Combine(output, "config"), repository);
        var sources = new[] { Path.Combine(repository, "samples"), Path.Combine(repository, "..", "shared", "corpus") }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => new FileInfo(file).Length <= MaxSeedBytes)
            .ToList();
        var markdown = sources.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var word = sources.Where(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docm", StringComparison.OrdinalIgnoreCase)).ToList();
        Copy(markdown, Path.Combine(output, "markdown"));
        Copy(word, Path.Combine(output, "word"));

        var json = Path.Combine(output, "check-json");
        Directory.CreateDirectory(json);
        var i = 0;
        foreach (var file in markdown.Take(20))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(json, $"markdown-{i}.json"), JsonSerializer.Serialize(new { markdown = text, publishOn = "2026-03-02" }));
            var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            File.WriteAllText(Path.Combine(json, $"paragraphs-{i++}.json"), JsonSerializer.Serialize(new { paragraphs, category = "news" }));
        }

        var frontMatter = WriteFrontMatter(markdown, Path.Combine(output, "front-matter"));
        Console.WriteLine($"seeds: {markdown.Count} Markdown, {word.Count} Word, {i * 2} JSON bodies, {frontMatter} front matters under {output}");
    }

    // The YAML between the --- lines of each Markdown seed that has front matter, and a few shapes no sample has:
    // nesting in flow and block style, anchors and aliases, a document that is not a mapping.
    private static int WriteFrontMatter(List<string> markdown, string folder)
    {
        Directory.CreateDirectory(folder);
        string[] shapes =
        [
            "title: Parking charges frozen\npublish: 2026-03-02\ncategory: general\n",
            "tags: [parking, [town, centre], {ward: Abbey}]\n",
            "a:\n  - - - b\n  - c: {d: [e]}\n",
            "base: &b {ward: Abbey, tags: [x, y]}\ncopy: *b\nmore: [*b, *b]\n",
            "- just\n- a list\n",
            "title: \"quoted \\u00a3 text\"\nsummary: |\n  folded\n  lines\n",
        ];
        var count = 0;
        foreach (var shape in shapes)
        {
            File.WriteAllText(Path.Combine(folder, $"shape-{count++}.yaml"), shape);
        }

        foreach (var file in markdown)
        {
            var lines = File.ReadAllLines(file);
            var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
            if (lines.Length > 0 && lines[0].TrimEnd() == "---" && close > 1)
            {
                File.WriteAllLines(Path.Combine(folder, $"{count++:D3}.yaml"), lines[1..close]);
            }
        }

        return count;
    }

    // The repository's own configuration files, and small ones with a setting of each kind.
    private static void WriteConfiguration(string folder, string repository)
    {
        Directory.CreateDirectory(folder);
        var files = Directory.EnumerateFiles(repository, "publicitycheck.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && new FileInfo(f).Length <= MaxSeedBytes)
            .Select(File.ReadAllText)
            .Concat(
            [
                """{ "root": true, "rules": { "PC0401": "error", "PC0004": "none" }, "exclude": ["README.md", "archive/**"] }""",
                """{ "people": [{ "id": "js", "name": "Jane Smith", "kind": "member", "party": "Independent", "roles": [{ "role": "Leader", "from": "2024-05-01" }] }] }""",
                """{ "elections": [{ "id": "may", "name": "Borough", "poll": "2027-05-06", "type": "local", "country": "England" }], "calendar": { "noticeWorkingDays": 10 } }""",
                """{ "phrases": [{ "id": "LOCAL001", "match": ["regime"], "message": "loaded word", "severity": "warning", "suggest": "administration" }], "policy": "county" }""",
                """{ "analyzers": ["rules/Council.Rules.dll"], "roster": "members.csv" }""",
            ])
            .ToList();
        for (var i = 0; i < files.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"config-{i:D3}.json"), files[i]);
        }
    }

    private static void Copy(List<string> files, string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files.Count; i++)
        {
            File.Copy(files[i], Path.Combine(folder, $"{i:D3}{Path.GetExtension(files[i])}"), overwrite: true);
        }
    }
}
