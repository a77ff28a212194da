using System.Xml.Linq;

namespace WreakeValley.Rules.Tests;

/// <summary>
/// A council's rules build against PublicityCheck.Abstractions alone, so that they carry none of the engine's
/// file-format libraries and keep working as the engine changes. The sample proves it can be done.
/// </summary>
public sealed class RuleProjectReferencesTest
{
    [Fact]
    public void Project_ReferencesAbstractionsAndNoOtherProject()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "samples", "council-rule", "WreakeValley.Rules", "WreakeValley.Rules.csproj"));

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
            .ToList();

        Assert.Equal(["PublicityCheck.Abstractions"], references);
    }

    [Fact]
    public void Assembly_ReferencesNoPublicityCheckAssemblyButAbstractions()
    {
        var references = typeof(ConsultationClosingDateAnalyzer).Assembly.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => name.StartsWith("PublicityCheck", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["PublicityCheck.Abstractions"], references);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PublicityCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PublicityCheck.sln was not found above " + AppContext.BaseDirectory);
    }
}
