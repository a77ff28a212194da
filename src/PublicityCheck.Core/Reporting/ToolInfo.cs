using System.Reflection;

namespace PublicityCheck.Reporting;

/// <summary>The tool's name and version, as reports state them.</summary>
public static class ToolInfo
{
    /// <summary>The tool's name.</summary>
    public const string Name = "PublicityCheck";

    /// <summary>The version, without build metadata (<c>0.1.0</c>).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? informational[..plus] : informational;
    }
}
