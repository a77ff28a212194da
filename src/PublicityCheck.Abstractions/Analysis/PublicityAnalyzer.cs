using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Analysis;

/// <summary>
/// A rule family. Declares the diagnostics it can report and, in <see cref="Initialize"/>, registers actions on
/// the parts of a release it needs to see, as a Roslyn <c>DiagnosticAnalyzer</c> does. A council can write its
/// own: derive from this class in an assembly of its own and list the assembly under <c>analyzers</c> in
/// <c>publicitycheck.json</c>. An analyzer must be stateless between documents; its actions may run on several
/// documents at once.
/// </summary>
public abstract class PublicityAnalyzer
{
    /// <summary>Every descriptor this analyzer may report.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's actions. Called once, before any document is analysed.</summary>
    public abstract void Initialize(AnalyzerRegistration registration);

    /// <summary>The analyzer's name in failure reports: its type name.</summary>
    public virtual string Name => GetType().Name;
}
