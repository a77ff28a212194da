using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using PublicityCheck.Configuration;

namespace PublicityCheck.Analysis;

/// <summary>
/// Loads a council's own analyzers from an assembly listed under <c>analyzers</c> in <c>publicitycheck.json</c>,
/// each assembly in a load context of its own (as Roslyn loads analyzer packages), sharing PublicityCheck's own
/// assemblies with the host so that its analyzers are the host's <see cref="PublicityAnalyzer"/> type.
/// </summary>
public static class AnalyzerAssemblyLoader
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<PublicityAnalyzer>>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Every analyzer in the assembly at <paramref name="assemblyPath"/>: its public, non-abstract <see cref="PublicityAnalyzer"/> types with a public parameterless constructor.</summary>
    /// <exception cref="ConfigurationException">The assembly cannot be loaded or holds no analyzer.</exception>
    public static IReadOnlyList<PublicityAnalyzer> Load(string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(assemblyPath);
        var full = Path.GetFullPath(assemblyPath);
        return Loaded.GetOrAdd(full, p => new Lazy<IReadOnlyList<PublicityAnalyzer>>(() => LoadFrom(p))).Value;
    }

    private static List<PublicityAnalyzer> LoadFrom(string path)
    {
        Assembly assembly;
        try
        {
            var context = new AnalyzerLoadContext(path);
            assembly = context.LoadFromAssemblyPath(path);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or IOException)
        {
            throw new ConfigurationException($"The analyzer assembly {path} could not be loaded: {ex.Message}", ex);
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            throw new ConfigurationException($"The analyzer assembly {path} could not be loaded: {ex.LoaderExceptions.FirstOrDefault()?.Message ?? ex.Message}", ex);
        }

        var analyzers = new List<PublicityAnalyzer>();
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(PublicityAnalyzer).IsAssignableFrom(t)))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new ConfigurationException($"The analyzer {type.FullName} in {path} needs a public constructor without parameters.");
            }

            try
            {
                analyzers.Add((PublicityAnalyzer)Activator.CreateInstance(type)!);
            }
            catch (TargetInvocationException ex)
            {
                throw new ConfigurationException($"The analyzer {type.FullName} in {path} could not be created: {ex.InnerException?.Message}", ex);
            }
        }

        if (analyzers.Count == 0)
        {
            throw new ConfigurationException($"The assembly {path} holds no public class deriving from {nameof(PublicityAnalyzer)}.");
        }

        return analyzers;
    }

    private sealed class AnalyzerLoadContext(string mainAssemblyPath) : AssemblyLoadContext($"analyzers:{Path.GetFileName(mainAssemblyPath)}", isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);
        private readonly string _folder = Path.GetDirectoryName(mainAssemblyPath)!;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // PublicityCheck's own assemblies and anything the host already has come from the host.
            if (assemblyName.Name is { } name && (name.StartsWith("PublicityCheck", StringComparison.Ordinal)
                || Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name, StringComparison.Ordinal))))
            {
                return null;
            }

            var resolved = _resolver.ResolveAssemblyToPath(assemblyName);
            if (resolved is not null)
            {
                return LoadFromAssemblyPath(resolved);
            }

            var beside = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(beside) ? LoadFromAssemblyPath(beside) : null;
        }
    }
}
