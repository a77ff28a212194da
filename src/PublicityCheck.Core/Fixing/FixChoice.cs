using PublicityCheck.Diagnostics;

namespace PublicityCheck.Fixing;

/// <summary>A fix chosen for a finding, to apply to the file the finding was made in.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Fix">One of its fixes, with edits.</param>
public sealed record FixChoice(Diagnostic Finding, SuggestedFix Fix);
