using PublicityCheck.Cli;

namespace PublicityCheck.Tests.Support;

/// <summary>Runs the publicitycheck command in-process, as a user would type it in a given folder.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun In(string workingDirectory, params string[] args) => WithInput(workingDirectory, [], args);

    /// <summary>Runs the command with <paramref name="standardInput"/> piped in, as <c>cat file | publicitycheck ...</c> would.</summary>
    public static CliRun WithInput(string workingDirectory, byte[] standardInput, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new MemoryStream(standardInput, writable: false);
        var exit = CliApplication.Run(args, new CliConsole(stdout, stderr, IsTerminal: false, workingDirectory) { InputStream = stdin });
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public string[] OutLines => Out.TrimEnd().Split('\n');

    public string[] ErrorLines => Error.TrimEnd().Split('\n');
}
