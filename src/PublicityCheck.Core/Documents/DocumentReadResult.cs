using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Documents;

/// <summary>What a reader made of a file: the document, if it could be read, and findings about the reading.</summary>
/// <param name="Document">The document, or null when the file could not be read.</param>
/// <param name="Diagnostics">Findings about the reading: PC0001 when it failed; info findings such as PC0002 or PC0003 when it succeeded.</param>
public sealed record DocumentReadResult(ReleaseDocument? Document, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>A successful read.</summary>
    public static DocumentReadResult Success(ReleaseDocument document, params IEnumerable<Diagnostic> diagnostics) =>
        new(document, [.. diagnostics]);

    /// <summary>A failed read: PC0001 naming the file and the reason.</summary>
    public static DocumentReadResult Failure(string path, string reason) =>
        new(null, [Diagnostic.Create(EngineDescriptors.FileUnreadable, SourceLocation.ForFile(path), System.IO.Path.GetFileName(path), reason)]);
}
