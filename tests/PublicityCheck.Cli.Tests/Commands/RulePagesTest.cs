using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

/// <summary>
/// Holds each page in <c>docs/rules/</c> to the rule the tool reports: its heading and header table say what
/// <c>publicitycheck rules</c> says, and its links lead to files that exist, the code among them to the descriptor's
/// declaration and to the methods that report it. A renamed rule, a moved descriptor or a renamed method fails here.
/// </summary>
public partial class RulePagesTest
{
    public sealed record Rule(string Id, string Title, string Category, string DefaultSeverity);

    private static readonly Lazy<IReadOnlyList<Rule>> _rules = new(ReadRules);

    private static IReadOnlyList<Rule> Rules() => _rules.Value;

    private static IReadOnlyList<Rule> ReadRules()
    {
        var run = CliRun.In(RepositoryPaths.Root, "rules", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("rules").EnumerateArray().Select(r => new Rule(
            r.GetProperty("id").GetString()!,
            r.GetProperty("title").GetString()!,
            r.GetProperty("category").GetString()!,
            r.GetProperty("defaultSeverity").GetString()!))];
    }

    public static TheoryData<string> RuleIds() => [.. Rules().Select(r => r.Id)];

    [Fact]
    public void Pages_EveryRuleHasItsPage()
    {
        var missing = Rules().Where(r => !File.Exists(PagePath(r.Id))).Select(r => r.Id).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Pages_EveryPageBelongsToARule()
    {
        var ids = Rules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(RepositoryPaths.RuleDocs, "PC*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_HeadingAndHeaderTableAreTheRulesOwn(string id)
    {
        var rule = Rules().Single(r => r.Id == id);
        var page = RulePage.Read(id);

        Assert.Equal($"# {rule.Id}: {rule.Title}", page.Heading);
        Assert.Equal(rule.Id, page.Row("Id"));
        Assert.Equal(rule.Category, page.Row("Category"));
        Assert.Equal(rule.DefaultSeverity, page.Row("Default severity"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_EveryRelativeLinkLeadsToAFileInTheRepository(string id)
    {
        var page = RulePage.Read(id);
        var broken = RulePage.Links(page.Text)
            .Where(link => !link.IsExternal)
            .Where(link => !link.Resolved.StartsWith(RepositoryPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(link.Resolved))
            .Select(link => link.Target)
            .ToList();

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_DeclaredInLeadsToTheDescriptorWithTheRulesId(string id)
    {
        var page = RulePage.Read(id);
        if (page.DataLink("Declared in") is { } data)
        {
            // A phrase rule: the file under lexicons/ holds the rule itself, named by its id.
            var rule = Rules().Single(r => r.Id == id);
            using var json = JsonDocument.Parse(File.ReadAllText(data), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = json.RootElement;
            Assert.StartsWith(id + "-", Path.GetFileName(data), StringComparison.Ordinal);
            Assert.Equal(
                (rule.Id, rule.Title, rule.Category, rule.DefaultSeverity),
                (root.GetProperty("id").GetString(), root.GetProperty("title").GetString(), root.GetProperty("category").GetString(), root.GetProperty("severity").GetString()));
            return;
        }

        var (file, members) = Assert.Single(page.CodeLinks("Declared in"));
        var field = Assert.Single(members);

        // public static readonly DiagnosticDescriptor SpeakerNotAllowed = new("PC0101", ...);
        var declarator = Syntax(file).OfType<VariableDeclaratorSyntax>().SingleOrDefault(v => v.Identifier.Text == field);
        Assert.True(declarator is not null, $"{id}: {Path.GetFileName(file)} declares no field {field}");
        Assert.Equal("DiagnosticDescriptor", (declarator.Parent as VariableDeclarationSyntax)?.Type.ToString());
        var firstArgument = (declarator.Initializer?.Value as BaseObjectCreationExpressionSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.Expression;
        Assert.Equal(id, (firstArgument as LiteralExpressionSyntax)?.Token.ValueText);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_LeadsToTheFileNamedByTheRulesId(string id)
    {
        var page = RulePage.Read(id);
        if (id.StartsWith("PC00", StringComparison.Ordinal))
        {
            // The engine's own findings are decided where files are read and analyzers run; they are declared together.
            Assert.Equal("EngineDescriptors.cs", Path.GetFileName(page.CodeLinks("Declared in").Single().File));
            return;
        }

        var declared = page.DataLink("Declared in") ?? page.CodeLinks("Declared in").Single().File;
        Assert.StartsWith(id, Path.GetFileName(declared), StringComparison.Ordinal);
        if (page.DataLink("Declared in") is null)
        {
            // A rule in code is decided in the file that declares it.
            Assert.Equal(declared, page.CodeLinks("Decided in")[0].File);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_DecidedInNamesMethodsThatExistAndReportTheRule(string id)
    {
        var page = RulePage.Read(id);
        var decided = page.CodeLinks("Decided in");
        if (page.DataLink("Declared in") is not null)
        {
            // A phrase rule is decided by the engine that runs every phrase rule.
            var (engine, run) = Assert.Single(decided);
            Assert.Equal("ConfiguredPhraseAnalyzer.cs", Path.GetFileName(engine));
            Assert.Contains(Syntax(engine).OfType<MethodDeclarationSyntax>(), m => m.Identifier.Text == Assert.Single(run));
            return;
        }

        var field = page.CodeLinks("Declared in").Single().Members.Single();

        var methods = new List<SyntaxNode>();
        foreach (var (file, members) in decided)
        {
            foreach (var member in members)
            {
                var named = Syntax(file).Where(n => n switch
                {
                    MethodDeclarationSyntax method => method.Identifier.Text == member,
                    LocalFunctionStatementSyntax local => local.Identifier.Text == member,
                    _ => false,
                }).ToList();
                Assert.True(named.Count > 0, $"{id}: {Path.GetFileName(file)} has no method {member}");
                methods.AddRange(named);
            }
        }

        // The rule is reported, or passed to the method that reports it, in one of the methods named.
        Assert.True(
            methods.Any(m => m.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == field)),
            $"{id}: none of the methods named under 'Decided in' uses {field}");
    }

    private static string PagePath(string id) => Path.Combine(RepositoryPaths.RuleDocs, id + ".md");

    private static IEnumerable<SyntaxNode> Syntax(string file) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot().DescendantNodes();

    private sealed record Link(string Text, string Target, string Resolved)
    {
        public bool IsExternal => Target.Contains("://", StringComparison.Ordinal) || Target.StartsWith("mailto:", StringComparison.Ordinal) || Target.StartsWith('#');
    }

    private sealed partial record RulePage(string Id, string Text, string Heading, IReadOnlyDictionary<string, string> Rows)
    {
        public static RulePage Read(string id)
        {
            var path = PagePath(id);
            Assert.True(File.Exists(path), $"{id} has no page at docs/rules/{id}.md");
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var lines = text.Split('\n');

            // The header table: the first table after the heading, two cells a row ("| Category | Quotations |").
            var rows = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length == 2 && cells[0].Length > 0 && cells[0] != "---")
                {
                    Assert.True(rows.TryAdd(cells[0], cells[1]), $"{id}: the header table has two rows '{cells[0]}'");
                }
            }

            return new RulePage(id, text, lines[0], rows);
        }

        public string Row(string name)
        {
            Assert.True(Rows.TryGetValue(name, out var value), $"{Id}: the header table has no row '{name}'");
            return value;
        }

        public static IEnumerable<Link> Links(string markdown) =>
            MarkdownLink().Matches(markdown).Select(m =>
            {
                var target = m.Groups["target"].Value;
                var file = target.Split('#')[0];
                return new Link(m.Groups["text"].Value, target, Path.GetFullPath(Path.Combine(RepositoryPaths.RuleDocs, file)));
            });

        /// <summary>The phrase-rule file under <c>lexicons/</c> a row links to, or null when it links to code.</summary>
        public string? DataLink(string row)
        {
            var links = Links(Row(row)).ToList();
            var lexicons = Path.Combine(RepositoryPaths.Root, "lexicons") + Path.DirectorySeparatorChar;
            var data = links.Where(l => l.Resolved.StartsWith(lexicons, StringComparison.Ordinal)).ToList();
            if (data.Count == 0)
            {
                return null;
            }

            var link = Assert.Single(data);
            Assert.True(link.Resolved.EndsWith(".json", StringComparison.Ordinal) && File.Exists(link.Resolved), $"{Id}: '{row}' links to {link.Target}, not to a phrase rule that exists");
            Assert.Equal(Path.GetFileName(link.Resolved), link.Text);
            return link.Resolved;
        }

        /// <summary>
        /// The files a row links to under <c>src/</c>, each with the members named in code after its link and before
        /// the next: <c>[PC0101SpeakerNotAllowed.cs](../../src/...), `Analyze`</c>.
        /// </summary>
        public IReadOnlyList<(string File, IReadOnlyList<string> Members)> CodeLinks(string row)
        {
            var cell = Row(row);
            var links = MarkdownLink().Matches(cell);
            Assert.True(links.Count > 0, $"{Id}: the row '{row}' links to no file");
            var found = new List<(string, IReadOnlyList<string>)>();
            for (var i = 0; i < links.Count; i++)
            {
                var link = Links(links[i].Value).Single();
                var source = Path.Combine(RepositoryPaths.Root, "src") + Path.DirectorySeparatorChar;
                Assert.True(link.Resolved.StartsWith(source, StringComparison.Ordinal) && link.Resolved.EndsWith(".cs", StringComparison.Ordinal), $"{Id}: '{row}' links to {link.Target}, not to a C# file under src/");
                Assert.True(File.Exists(link.Resolved), $"{Id}: '{row}' links to {link.Target}, which does not exist");
                Assert.Equal(Path.GetFileName(link.Resolved), link.Text);
                var end = i + 1 < links.Count ? links[i + 1].Index : cell.Length;
                var after = cell[(links[i].Index + links[i].Length)..end];
                found.Add((link.Resolved, [.. CodeSpan().Matches(after).Select(m => m.Groups["code"].Value)]));
            }

            return found;
        }

        [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)\)", RegexOptions.None, matchTimeoutMilliseconds: 5000)]
        private static partial Regex MarkdownLink();

        [GeneratedRegex("`(?<code>[^`]+)`", RegexOptions.None, matchTimeoutMilliseconds: 5000)]
        private static partial Regex CodeSpan();
    }
}
