namespace PublicityCheck.Diagnostics;

/// <summary>
/// A higher severity a finding calls for in context, and why: a partisan sentence is an error in a pre-election
/// period. An analyzer reports the finding at the rule's severity and records the escalation as data; the driver's
/// severity stage applies it on top of the configured severity unless configuration turns it off for the rule
/// (<c>"escalate": false</c>).
/// </summary>
/// <param name="Severity">The severity the context calls for.</param>
/// <param name="Reason">Why, as a phrase that follows "raised:", such as <c>in the pre-election period for the borough council elections of 7 May 2026</c>.</param>
public sealed record DiagnosticEscalation(DiagnosticSeverity Severity, string Reason);
