namespace PublicityCheck.Analysis;

/// <summary>A council analyzer that could not be created; the driver reports its message as PC0005 on each file.</summary>
internal sealed class AnalyzerUnusableException : Exception
{
    public AnalyzerUnusableException()
    {
    }

    public AnalyzerUnusableException(string message)
        : base(message)
    {
    }

    public AnalyzerUnusableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Stands in for a council analyzer whose constructor failed, so that each file says so (PC0005) and the run goes on.</summary>
internal sealed class UnusableAnalyzer(string name, string error) : PublicityAnalyzer
{
    public override System.Collections.Immutable.ImmutableArray<Diagnostics.DiagnosticDescriptor> SupportedDiagnostics => [];

    public override string Name => name;

    public override void Initialize(AnalyzerRegistration registration) => throw new AnalyzerUnusableException(error);
}
