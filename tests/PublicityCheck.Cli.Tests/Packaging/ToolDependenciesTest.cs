using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using PublicityCheck.Cli;

namespace PublicityCheck.Tests.Packaging;

/// <summary>
/// The installed tool does not carry ML.NET: training, its only user, lives in <c>src/PublicityCheck.Training</c>.
/// Held on the tool's own dependency manifest (what <c>dotnet pack</c> puts in the package) and on the assemblies it
/// references, followed through every assembly beside it. ONNX Runtime, which runs the classifier's sentence encoder,
/// shares ML.NET's package prefix but is a runtime of its own, and is allowed.
/// </summary>
public class ToolDependenciesTest
{
    // ML.NET's packages and assemblies. System.Numerics.Tensors, which ML.NET also uses, is not among them: ONNX
    // Runtime's tensors are built on it.
    private static readonly string[] Excluded = ["Microsoft.ML"];

    private static bool IsExcluded(string name) =>
        !name.StartsWith("Microsoft.ML.OnnxRuntime", StringComparison.OrdinalIgnoreCase)
        && Excluded.Any(prefix => name.Equals(prefix, StringComparison.OrdinalIgnoreCase) || name.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void DepsJson_NamesNoMlNetPackage()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "publicitycheck.deps.json");
        Assert.True(File.Exists(path), $"{path} was not copied beside the tests");
        using var deps = JsonDocument.Parse(File.ReadAllText(path));

        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToList();

        Assert.Contains("CommandLineParser", libraries);
        Assert.DoesNotContain(libraries, IsExcluded);
    }

    [Fact]
    public void Assembly_ReferencesNoMlNetAssembly_DirectlyOrThroughItsDependencies()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([typeof(CliApplication).Assembly.GetName().Name!]);
        while (pending.TryDequeue(out var name))
        {
            var file = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (!seen.Add(name) || !File.Exists(file))
            {
                continue;
            }

            using var pe = new PEReader(File.OpenRead(file));
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                pending.Enqueue(metadata.GetString(metadata.GetAssemblyReference(handle).Name));
            }
        }

        Assert.Contains("PublicityCheck.Core", seen);
        Assert.Contains("CommandLine", seen);
        Assert.DoesNotContain(seen, IsExcluded);
    }
}
