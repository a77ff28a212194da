using System.Globalization;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>
/// The test assembly's entry point, for the benchmark: <c>dotnet PublicityCheck.Scanning.Tests.dll generate FOLDER N</c>
/// writes N releases and three corrupt files; <c>generate-year FOLDER N</c> writes N releases of a year with dated
/// quotations (<see cref="QuotedYearGenerator"/>). Tests run through the test host and never call it.
/// </summary>
public static class GeneratorProgram
{
    public static int Main(string[] args)
    {
        if (args is ["generate-year", var yearFolder, var yearCount] && int.TryParse(yearCount, NumberStyles.None, CultureInfo.InvariantCulture, out var releases))
        {
            var year = new QuotedYearGenerator();
            year.Write(yearFolder, releases);
            Console.WriteLine($"{releases} releases with {year.Quotations.Count} quotations and {year.Suppressions} suppressions written to {yearFolder}");
            return 0;
        }

        if (args is not ["generate", var folder, var count] || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            Console.Error.WriteLine("usage: dotnet PublicityCheck.Scanning.Tests.dll generate|generate-year FOLDER N");
            return 2;
        }

        var generator = new ReleaseFolderGenerator();
        generator.Write(folder, n);
        Console.WriteLine($"{generator.GoodFiles.Count} releases and {generator.CorruptFiles.Count} corrupt files written to {folder}");
        return 0;
    }
}
