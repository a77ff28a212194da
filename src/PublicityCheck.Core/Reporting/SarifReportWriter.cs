using System.Collections.Immutable;
using System.Text.Json;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log: the rules with their help links and default levels, one result per finding, and
/// authors' suppressions with their justifications. Relative paths are given against <c>%SRCROOT%</c>, the folder
/// the tool ran in. For Word files a region's line is the paragraph number and its column the character in it;
/// the part is in the result's <c>properties.part</c>. A finding raised in context has its raised level and
/// <c>properties.escalation</c> (<c>severity</c> and <c>reason</c>, as in the JSON report). Every result has a
/// <c>partialFingerprints</c> entry (see <see cref="FindingFingerprints"/>) that stays the same across runs and edits
/// elsewhere in the file. A report with a <see cref="CheckReport.Baseline"/> (a scan) gives each tracked result its
/// <c>baselineState</c>, <c>new</c>, <c>unchanged</c> or <c>updated</c> (its message or severity changed), and adds an <c>absent</c> result for each finding fixed
/// since the last scan. Help links and <c>informationUri</c> (the index of rules) are those of
/// <see cref="CheckReport.Links"/>: the council's published pages, or those installed with the tool; a rule with no
/// page to link has no <c>helpUri</c>.
/// </summary>
/// <param name="workingDirectory">The folder relative paths are against; by default the current folder.</param>
public sealed class SarifReportWriter(string? workingDirectory = null) : IReportWriter
{
    /// <summary>The schema the log declares.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const string RootBase = "SRCROOT";
    private const string EscalationProperty = "escalation";

    /// <inheritdoc/>
    public void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = report.Rules.IsDefault ? [] : report.Rules;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        JsonFields.WriteTo(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, report.Links);
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();
            WriteBaseIds(json);
            WriteArtifacts(json, report.Files);
            json.WriteStartArray("results");
            for (var fileIndex = 0; fileIndex < report.Files.Length; fileIndex++)
            {
                var diagnostics = report.Files[fileIndex].Diagnostics;
                var fingerprints = FindingFingerprints.Of(diagnostics);
                for (var i = 0; i < diagnostics.Length; i++)
                {
                    WriteResult(json, diagnostics[i], fingerprints[i], report.Baseline is not null, fileIndex, ruleIndex);
                }
            }

            if (report.Baseline is { } baseline)
            {
                var fileIndexes = report.Files.Select((f, i) => (f.Path, i)).ToDictionary(p => p.Path, p => p.i, StringComparer.Ordinal);
                foreach (var absent in baseline.Absent)
                {
                    WriteAbsentResult(json, absent, fileIndexes.TryGetValue(absent.Path, out var fileIndex) ? fileIndex : null, ruleIndex);
                }
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json, ImmutableArray<DiagnosticDescriptor> rules, RuleLinks links)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        if (links.Index is { } index)
        {
            json.WriteString("informationUri", index.ToString());
        }

        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", EndSentence(rule.Title));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", EndSentence(rule.Description.Length > 0 ? rule.Description : rule.Title));
            json.WriteEndObject();
            json.WriteStartObject("messageStrings");
            json.WriteStartObject("default");
            json.WriteString("text", EndSentence(rule.MessageFormat));
            json.WriteEndObject();
            json.WriteEndObject();
            if (links.For(rule) is { } helpUri)
            {
                json.WriteString("helpUri", helpUri.AbsoluteUri);
                json.WriteStartObject("help");
                json.WriteString("text", $"{EndSentence(rule.Description)} See {helpUri.AbsoluteUri}.");
                json.WriteEndObject();
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.DefaultSeverity != DiagnosticSeverity.None);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteBaseIds(Utf8JsonWriter json)
    {
        var root = Path.GetFullPath(workingDirectory ?? Environment.CurrentDirectory);
        if (!root.EndsWith(Path.DirectorySeparatorChar))
        {
            root += Path.DirectorySeparatorChar;
        }

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootBase);
        json.WriteString("uri", new Uri(root).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifacts(Utf8JsonWriter json, ImmutableArray<FileResult> files)
    {
        json.WriteStartArray("artifacts");
        foreach (var file in files)
        {
            json.WriteStartObject();
            WriteArtifactLocation(json, "location", file.Path, index: null);
            json.WriteString("mimeType", file.Format switch
            {
                ReleaseFormat.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                _ => "text/markdown",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, string fingerprint, bool baselined, int fileIndex, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", EndSentence(diagnostic.Message));
        json.WriteEndObject();
        WriteFingerprint(json, fingerprint);
        if (baselined && diagnostic.Properties.TryGetValue(ReportBaseline.StatusProperty, out var status))
        {
            json.WriteString("baselineState", status switch
            {
                ReportBaseline.New => "new",
                ReportBaseline.Updated => "updated",
                _ => "unchanged",
            });
        }
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, "artifactLocation", diagnostic.Location.Path, fileIndex);
        {
            // A finding about the whole file points at its start, so viewers that need a region still open it.
            var location = diagnostic.Location;
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Start.Line);
            json.WriteNumber("startColumn", location.Start.Column);
            json.WriteNumber("endLine", location.End.Line);
            json.WriteNumber("endColumn", Math.Max(location.End.Column, location.End.Line == location.Start.Line ? location.Start.Column : 1));
            if (diagnostic.Text is { Length: > 0 } text)
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", text);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        WriteFixes(json, diagnostic.Fixes, fileIndex);

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("status", "accepted");
            if (suppression.Justification is { } justification)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("part", diagnostic.Location.Part);
        foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if ((key != EscalationProperty || diagnostic.Escalation is null) && !(baselined && key == ReportBaseline.StatusProperty))
            {
                json.WriteString(key, value);
            }
        }

        if (diagnostic.Escalation is { } escalation)
        {
            // The result's level is the raised one; the bag says it was raised, to what and why.
            json.WriteStartObject(EscalationProperty);
            json.WriteString("severity", escalation.Severity.ToName());
            json.WriteString("reason", escalation.Reason);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// A finding fixed since the last scan: its file (the region is the file's start, as for a finding about the
    /// whole file, since its words are gone), its rule, level and message when last seen, and the fingerprint it
    /// had, so a viewer closes the same finding.
    /// </summary>
    private static void WriteAbsentResult(Utf8JsonWriter json, AbsentFinding absent, int? fileIndex, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", absent.RuleId);
        if (ruleIndex.TryGetValue(absent.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(absent.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", EndSentence(absent.Message));
        json.WriteEndObject();
        WriteFingerprint(json, absent.Fingerprint);
        json.WriteString("baselineState", "absent");
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, "artifactLocation", absent.Path, fileIndex);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", 1);
        json.WriteNumber("startColumn", 1);
        json.WriteNumber("endLine", 1);
        json.WriteNumber("endColumn", 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFingerprint(Utf8JsonWriter json, string fingerprint)
    {
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FindingFingerprints.Key, fingerprint);
        json.WriteEndObject();
    }

    // Each candidate with edits, best first; advice, which has none, cannot be a SARIF fix (a fix changes at least
    // one artifact) and stays in the JSON report, the console and the API.
    private static void WriteFixes(Utf8JsonWriter json, ImmutableArray<SuggestedFix> fixes, int fileIndex)
    {
        if (fixes.IsDefaultOrEmpty || fixes.All(f => f.IsAdvice))
        {
            return;
        }

        json.WriteStartArray("fixes");
        foreach (var fix in fixes.Where(f => !f.IsAdvice))
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", EndSentence(fix.Title));
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifactLocation(json, "artifactLocation", fix.Edits[0].Location.Path, fileIndex);
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                var location = edit.Location;
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("startLine", location.Start.Line);
                json.WriteNumber("startColumn", location.Start.Column);
                json.WriteNumber("endLine", location.End.Line);
                json.WriteNumber("endColumn", location.End.Column);
                json.WriteEndObject();
                if (edit.NewText.Length > 0)
                {
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", edit.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteBoolean("safe", fix.IsSafe);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string propertyName, string path, int? index)
    {
        json.WriteStartObject(propertyName);
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", RootBase);
        }

        if (index is not null)
        {
            json.WriteNumber("index", index.Value);
        }

        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string RuleName(string title) =>
        string.Concat(title.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string EndSentence(string text) =>
        text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
}
