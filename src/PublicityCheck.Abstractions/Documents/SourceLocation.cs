namespace PublicityCheck.Documents;

/// <summary>A region of a source file: its path, part, start and exclusive end.</summary>
/// <param name="Path">The file's path as the user gave it.</param>
/// <param name="Part">The part of the file (see <see cref="DocumentParts"/>).</param>
/// <param name="Start">The first character.</param>
/// <param name="End">The place just after the last character.</param>
public sealed record SourceLocation(string Path, string Part, SourcePosition Start, SourcePosition End)
{
    /// <summary>A location for a finding about a whole file rather than a place in it.</summary>
    public static SourceLocation ForFile(string path) =>
        new(path, DocumentParts.File, new SourcePosition(1, 1), new SourcePosition(1, 1));

    /// <inheritdoc/>
    public override string ToString() =>
        Part == DocumentParts.Body || Part == DocumentParts.File ? $"{Path}{Start}" : $"{Path}[{Part}]{Start}";
}
