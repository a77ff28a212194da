using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Samples;

/// <summary>One Word sample: the file it is saved as in <c>samples/</c>, and how to build it.</summary>
/// <param name="FileName">The file name in <c>samples/</c>.</param>
/// <param name="Create">Builds the release afresh.</param>
internal sealed record WordSample(string FileName, Func<WordDocumentBuilder> Create)
{
    /// <inheritdoc/>
    public override string ToString() => FileName;
}
