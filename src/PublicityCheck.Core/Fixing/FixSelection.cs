namespace PublicityCheck.Fixing;

/// <summary>Which of a finding's fixes to apply.</summary>
public enum FixSelection
{
    /// <summary>The first candidate that is safe to apply without reading; a finding with none is left.</summary>
    Safe,

    /// <summary>The first candidate with edits, safe or not (advice is never applied).</summary>
    First,
}
