using SharpFuzz;

namespace PublicityCheck.Fuzzing;

/// <summary>
/// <c>PublicityCheck.Fuzzing TARGET</c> runs one fuzz target under afl-fuzz (input on standard input or the file
/// afl names); <c>seed DIR</c> writes a seed corpus per target; <c>replay TARGET FILE_OR_DIR</c> runs inputs
/// in-process, to reproduce a crash. Targets: markdown, word, check-json, front-matter, config.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: PublicityCheck.Fuzzing markdown|word|check-json|front-matter|config | seed DIR [REPO] | replay TARGET FILE_OR_DIR");
            return 2;
        }

        switch (args[0])
        {
            case "seed":
                SeedCorpus.Write(args[1], args.Length > 2 ? args[2] : FindRepository());
                return 0;
            case "replay":
                return Replay(Targets.Get(args[1]), args[2]);
            default:
                var target = Targets.Get(args[0]);
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    target(memory.ToArray());
                });
                return 0;
        }
    }

    private static int Replay(Action<byte[]> target, string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path) : [path];
        foreach (var file in files)
        {
            target(File.ReadAllBytes(file));
        }

        Console.WriteLine($"{files.Length} inputs ran without a crash");
        return 0;
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PublicityCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository, or name it: seed DIR REPO");
    }
}
