namespace PublicityCheck.Tests.Samples;

/// <summary>One sample and the findings it should raise.</summary>
/// <param name="File">The file name in <c>samples/</c>.</param>
/// <param name="Active">The ids of the findings that are not suppressed, in source order.</param>
/// <param name="Suppressed">The ids of the suppressed findings, in source order.</param>
internal sealed record SampleRow(string File, IReadOnlyList<string> Active, IReadOnlyList<string> Suppressed);
