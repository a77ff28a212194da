using System.Collections.Concurrent;

namespace PublicityCheck.Configuration;

/// <summary>
/// Finds the configuration for a release: the <c>publicitycheck.json</c> files from its folder upward, merged
/// with the nearest winning, stopping at one that says <c>"root": true</c>; or only the file given explicitly.
/// Each folder is looked up once. Safe to use from several threads.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly string? _explicitFile;
    private readonly ConcurrentDictionary<string, Lazy<PublicityCheckConfiguration>> _byFolder = new(StringComparer.Ordinal);
    private readonly Lazy<PublicityCheckConfiguration>? _explicit;

    /// <summary>Creates a resolver.</summary>
    /// <param name="explicitFile">A configuration file to use for every release instead of searching (<c>--config</c>).</param>
    public ConfigurationResolver(string? explicitFile = null)
    {
        if (explicitFile is not null)
        {
            _explicitFile = Path.GetFullPath(explicitFile);
            _explicit = new Lazy<PublicityCheckConfiguration>(() => ConfigurationFileParser.ParseFile(_explicitFile).Configuration);
        }
    }

    /// <summary>The configuration for the release at <paramref name="documentPath"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file on the way is invalid.</exception>
    public PublicityCheckConfiguration ForDocument(string documentPath)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        if (_explicit is not null)
        {
            if (!File.Exists(_explicitFile))
            {
                throw new ConfigurationException(_explicitFile!, "$", 0, 0, "the configuration file does not exist");
            }

            return _explicit.Value;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? Path.GetPathRoot(Path.GetFullPath(documentPath))!;
        return ForFolder(folder);
    }

    /// <summary>The configuration for releases in <paramref name="folder"/>.</summary>
    public PublicityCheckConfiguration ForFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder);
        return _byFolder.GetOrAdd(full, f => new Lazy<PublicityCheckConfiguration>(() => Resolve(f))).Value;
    }

    private PublicityCheckConfiguration Resolve(string folder)
    {
        var candidate = Path.Combine(folder, PublicityCheckConfiguration.FileName);
        var parent = Path.GetDirectoryName(folder);
        if (!File.Exists(candidate))
        {
            return parent is null ? PublicityCheckConfiguration.Default : ForFolder(parent);
        }

        var (here, isRoot) = ConfigurationFileParser.ParseFile(candidate);
        if (isRoot || parent is null)
        {
            return here;
        }

        return ForFolder(parent).OverlaidWith(here);
    }
}
