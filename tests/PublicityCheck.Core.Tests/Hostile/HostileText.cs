namespace PublicityCheck.Tests.Hostile;

/// <summary>Writes long runs of ordinary release words, varied enough that they do not compress like a zip bomb.</summary>
internal static class HostileText
{
    private static readonly string[] _words =
    [
        "the", "council", "will", "freeze", "parking", "charges", "said", "Councillor", "Ashworth", "leader",
        "borough", "residents", "budget", "plan", "ward", "new", "homes", "library", "road", "closure",
        "consultation", "cabinet", "member", "for", "housing", "and", "of", "to", "in", "welcome",
    ];

    /// <summary>Writes about <paramref name="characters"/> characters of words separated by spaces, with a full stop now and then.</summary>
    public static void WriteWords(TextWriter writer, long characters)
    {
        var random = new Random(4711);
        long written = 0;
        while (written < characters)
        {
            var word = _words[random.Next(_words.Length)];
            writer.Write(word);
            writer.Write(random.Next(12) == 0 ? ". " : " ");
            written += word.Length + 2;
        }
    }
}
