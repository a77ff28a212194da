namespace PublicityCheck.Cli.Verbs;

/// <summary>The output formats of <c>check</c>.</summary>
internal enum ReportFormat
{
    /// <summary>Compiler-style lines and a summary.</summary>
    Console,

    /// <summary>The JSON report (docs/json-format.md).</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log.</summary>
    Sarif,
}
