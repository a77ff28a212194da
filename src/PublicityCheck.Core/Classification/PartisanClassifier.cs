namespace PublicityCheck.Classification;

/// <summary>
/// The model that ships with PublicityCheck (<c>models/partisan.model.tsv</c>, built into this assembly), loaded
/// once per process on first use and shared by every thread.
/// </summary>
public static class PartisanClassifier
{
    /// <summary>The name of the built-in model's resource.</summary>
    public const string ResourceName = "PublicityCheck.Models/partisan.model.tsv";

    private static readonly Lazy<PartisanModel> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in model.</summary>
    public static PartisanModel Default => BuiltIn.Value;

    /// <summary>Loads the built-in model afresh (for measuring a cold load; use <see cref="Default"/> otherwise).</summary>
    public static PartisanModel Load()
    {
        using var stream = typeof(PartisanClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The partisan model '{ResourceName}' is not built into this assembly.");
        using var reader = new StreamReader(stream);
        return PartisanModelFile.Read(reader);
    }
}
