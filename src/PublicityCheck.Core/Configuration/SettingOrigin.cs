namespace PublicityCheck.Configuration;

/// <summary>Where a setting was written: the file, its JSON path, line and column.</summary>
/// <param name="File">The configuration file.</param>
/// <param name="JsonPath">The setting's JSON path.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SettingOrigin(string File, string JsonPath, int Line, int Column)
{
    /// <summary>An error about this setting.</summary>
    public ConfigurationException Error(string reason) => new(File, JsonPath, Line, Column, reason);
}
