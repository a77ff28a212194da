using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using PublicityCheck.Configuration;
using PublicityCheck.IO;

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
    public static IReadOnlyList<PublicityAnalyzer> Load(string assemblyPath) => Load(assemblyPath, AnalyzerDriver.DefaultTimeLimit);

    /// <summary>
    /// Every analyzer in the assembly at <paramref name="assemblyPath"/>, each created on a thread of its own within
    /// <paramref name="timeLimit"/>. An analyzer whose constructor throws or runs past the limit is kept as one that
    /// fails to start, so that the driver reports it (PC0005) on each file and the run goes on. An assembly is loaded
    /// once per process.
    /// </summary>
    /// <exception cref="ConfigurationException">The file is not a regular file, cannot be loaded as an assembly, or holds no analyzer.</exception>
    public static IReadOnlyList<PublicityAnalyzer> Load(string assemblyPath, TimeSpan timeLimit)
    {
        ArgumentNullException.ThrowIfNull(assemblyPath);
        var full = Path.GetFullPath(assemblyPath);
        return Loaded.GetOrAdd(full, p => new Lazy<IReadOnlyList<PublicityAnalyzer>>(() => LoadFrom(p, timeLimit))).Value;
    }

    private static List<PublicityAnalyzer> LoadFrom(string path, TimeSpan timeLimit)
    {
        if (!CouncilAnalyzerSupport.IsSupported)
        {
            throw new ConfigurationException(CouncilAnalyzerSupport.NotSupported(path));
        }

        // Only a regular file: a FIFO named like an assembly would block the load forever.
        if (UntrustedFile.Identify(path) is not { Kind: FileKind.Regular })
        {
            throw new ConfigurationException($"The analyzer assembly {path} could not be loaded: it is missing or not a regular file.");
        }

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

            analyzers.Add(Create(type, timeLimit));
        }

        if (analyzers.Count == 0)
        {
            throw new ConfigurationException($"The assembly {path} holds no public class deriving from {nameof(PublicityAnalyzer)}.");
        }

        return analyzers;
    }

    private static PublicityAnalyzer Create([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type type, TimeSpan timeLimit)
    {
        PublicityAnalyzer? created = null;
        var (outcome, error) = LimitedRun.Run(_ => created = (PublicityAnalyzer)Activator.CreateInstance(type)!, timeLimit, "council analyzer " + type.Name, CancellationToken.None);
        return outcome switch
        {
            LimitedRun.Outcome.Completed => created!,
            LimitedRun.Outcome.TimedOut => new UnusableAnalyzer(type.Name, $"its constructor ran past the {LimitedRun.Describe(timeLimit)} time limit, so it was not created"),
            _ => new UnusableAnalyzer(type.Name, $"its constructor threw {Unwrap(error!)}, so it was not created"),
        };
    }

    private static string Unwrap(Exception error)
    {
        var cause = error is TargetInvocationException { InnerException: { } inner } ? inner : error;
        cause = cause is TypeInitializationException { InnerException: { } initializer } ? initializer : cause;
        try
        {
            return $"{cause.GetType().Name}: {cause.Message}";
        }
#pragma warning disable CA1031 // An analyzer's failure must never end the run.
        catch (Exception)
#pragma warning restore CA1031
        {
            return cause.GetType().Name;
        }
    }

    // Created only where council analyzers are supported (checked above): a build compiled ahead of time leaves it out.
    [RequiresUnreferencedCode("Loads a council's analyzer assembly, whose dependencies trimming cannot see.")]
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
