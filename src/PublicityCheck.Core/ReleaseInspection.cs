using PublicityCheck.Analysis;
using PublicityCheck.Documents;

namespace PublicityCheck;

/// <summary>A release as the rules see it: the document and the options in force for it.</summary>
/// <param name="Document">The document as read.</param>
/// <param name="Options">The configuration and publication date the rules use.</param>
public sealed record ReleaseInspection(ReleaseDocument Document, AnalysisOptions Options);
