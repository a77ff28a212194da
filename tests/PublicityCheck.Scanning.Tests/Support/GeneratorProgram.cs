using System.Globalization;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>
/// The test assembly's entry point, for the benchmark: <c>dotnet PublicityCheck.Scanning.Tests.dll generate FOLDER N</c>
/// writes N releases and three corrupt files. Tests run through the test host and never call it.
/// </summary>
public static class GeneratorProgram
{
    public static int Main(string[] args)
    {
        if (args is not ["generate", var folder, var count] || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            Console.Error.WriteLine("usage: dotnet PublicityCheck.Scanning.Tests.dll generate FOLDER N");
            return 2;
        }

        var generator = new ReleaseFolderGenerator();
        generator.Write(folder, n);
        Console.WriteLine($"{generator.GoodFiles.Count} releases and {generator.CorruptFiles.Count} corrupt files written to {folder}");
        return 0;
    }
}
