namespace PublicityCheck.Scanning.State;

/// <summary>The runs that place a tracked finding in the history of a scan.</summary>
/// <param name="First">The run it was first seen in (again, after it had been resolved).</param>
/// <param name="Changed">The last run its message or severity changed in while it stayed open; 0 if never.</param>
internal readonly record struct FindingRuns(long First, long Changed);
