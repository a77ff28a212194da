using System.Collections.Immutable;
using PublicityCheck.Fixing;

namespace PublicityCheck.Annotation;

/// <summary>A reviewed copy of a Word release, with the fixes written in it as tracked changes and those left for a person.</summary>
public sealed class WordReview
{
    internal WordReview(byte[] content, ImmutableArray<FixChoice> applied, ImmutableArray<SkippedFix> skipped)
    {
        Content = content;
        Applied = applied;
        Skipped = skipped;
    }

    /// <summary>The reviewed copy's bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The fixes written as tracked changes, in text order.</summary>
    public ImmutableArray<FixChoice> Applied { get; }

    /// <summary>The fixes not written, each with why: left for a person.</summary>
    public ImmutableArray<SkippedFix> Skipped { get; }
}
