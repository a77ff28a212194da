using System.Reflection;

namespace PublicityCheck.Text;

/// <summary>The word lists and data files under <c>lexicons/</c>, built into this assembly so the tool works from anywhere.</summary>
internal static class LexiconResources
{
    private const string Prefix = "PublicityCheck.Lexicons/";

    /// <summary>The text of the lexicon file at <paramref name="relativePath"/> (for example <c>partisan/party-names.txt</c>).</summary>
    /// <exception cref="FileNotFoundException">No such lexicon is built in.</exception>
    public static string ReadText(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var name = Prefix + relativePath.Replace('\\', '/');
        using var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"The lexicon '{relativePath}' is not built into {typeof(LexiconResources).Assembly.GetName().Name}.", relativePath);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The paths of every built-in lexicon file, relative to <c>lexicons/</c>.</summary>
    public static IEnumerable<string> List() =>
        typeof(LexiconResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);

    internal static Assembly Assembly => typeof(LexiconResources).Assembly;
}
