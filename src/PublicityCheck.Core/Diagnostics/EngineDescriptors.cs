namespace PublicityCheck.Diagnostics;

/// <summary>The engine's own findings (<c>PC00xx</c>): files that cannot be read, how they were read, and rules that failed.</summary>
public static class EngineDescriptors
{
    /// <summary>The category of the engine's own findings.</summary>
    public const string Category = RuleCategories.Input;

    /// <summary>PC0001: the file could not be read at all.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "PC0001",
        "File could not be read",
        "{0} could not be read: {1}",
        Category,
        DiagnosticSeverity.Error,
        "The file is not a Word or Markdown document PublicityCheck can read: it may be empty, encrypted, a legacy .doc, truncated, or not what its name says. Nothing in it was checked.");

    /// <summary>PC0002: a Markdown file was not UTF-8 and was read in another encoding.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "PC0002",
        "File is not UTF-8",
        "The file is not valid UTF-8 and was read as {0}; save it as UTF-8 so every tool reads the same characters",
        Category,
        DiagnosticSeverity.Info,
        "Bytes that are not UTF-8 were found, so the file was read as Windows-1252, the encoding older Windows editors save in.");

    /// <summary>PC0003: the Word document still holds tracked changes.</summary>
    public static readonly DiagnosticDescriptor TrackedChanges = new(
        "PC0003",
        "Document holds tracked changes",
        "The document still holds {0}; it was checked as if they were all accepted",
        Category,
        DiagnosticSeverity.Info,
        "Insertions were read in and deletions and moved-from text left out. Accept or reject the changes before the release goes out.");

    /// <summary>PC0004: the Word document still holds reviewer comments.</summary>
    public static readonly DiagnosticDescriptor ReviewerComments = new(
        "PC0004",
        "Document holds reviewer comments",
        "The document still holds {0}; remove reviewer comments before the release goes out",
        Category,
        DiagnosticSeverity.Info,
        "Reviewer comments travel with a Word file that is sent out and can disclose internal discussion.");

    /// <summary>PC0005: an analyzer threw while checking the file.</summary>
    public static readonly DiagnosticDescriptor AnalyzerFailure = new(
        "PC0005",
        "Analyzer failed",
        "The analyzer {0} failed on this file, so rules {1} were not checked: {2}",
        Category,
        DiagnosticSeverity.Warning,
        "An analyzer threw an exception. The other analyzers ran; the rules of this one were not checked for this file.");

    /// <summary>PC0006: a suppression names a rule id that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownSuppressionRule = new(
        "PC0006",
        "Suppression names an unknown rule",
        "The suppression names {0}, which is not a rule id; it suppresses nothing",
        Category,
        DiagnosticSeverity.Warning,
        "A publicitycheck-disable comment names a rule id that no analyzer reports, so it has no effect. It is usually a typing slip.");

    /// <summary>PC0007: some of the file's text could not be read and was skipped.</summary>
    public static readonly DiagnosticDescriptor TextSkipped = new(
        "PC0007",
        "Some text was not read",
        "Some of the file was not read and so not checked: {0}",
        Category,
        DiagnosticSeverity.Warning,
        "Part of the file was malformed or of a kind PublicityCheck does not read; the rest was checked.");

    /// <summary>PC0008: the release's configuration names council analyzers, and the run was not told to trust them.</summary>
    public static readonly DiagnosticDescriptor AnalyzersNotRun = new(
        "PC0008",
        "Council analyzers not run",
        "The council analyzers {0} were not run, so their rules were not checked: run with --allow-analyzers, or give the configuration with --config, to run them",
        Category,
        DiagnosticSeverity.Warning,
        "A publicitycheck.json found above the release names assemblies under analyzers. Running them runs their code, so they are loaded only from a configuration file given with --config, or from files found by searching when the run says --allow-analyzers.");

    /// <summary>Every engine descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [FileUnreadable, NotUtf8, TrackedChanges, ReviewerComments, AnalyzerFailure, UnknownSuppressionRule, TextSkipped, AnalyzersNotRun];
}
