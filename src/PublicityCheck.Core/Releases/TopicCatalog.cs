using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Releases;

/// <summary>
/// The topic lists in <c>lexicons/topics/</c>: what a release is about, and which topics a Cabinet portfolio covers,
/// so the rules can tell the relevant Lead Member (borough protocol paragraph 21).
/// </summary>
internal sealed class TopicCatalog
{
    private readonly ImmutableArray<Topic> _topics;

    private readonly PhraseListSet _words;

    private TopicCatalog(ImmutableArray<Topic> topics)
    {
        _topics = topics;
        _words = new PhraseListSet(topics.Select(t => t.Words.Phrases.AsEnumerable()));
    }

    /// <summary>The built-in topic lists.</summary>
    public static TopicCatalog Default { get; } = Load();

    /// <summary>The topic names (<c>housing</c>, <c>environment-and-waste</c>...).</summary>
    public IEnumerable<string> Names => _topics.Select(t => t.Name);

    /// <summary>
    /// The topics of <paramref name="document"/>, most mentioned first: a topic counts when its words turn up at
    /// least twice, or once in the title or opening paragraph. Words inside <paramref name="ignore"/> (the roles
    /// speakers are given, "Cabinet Member for Leisure") do not count: they say who speaks, not what about. The lead is
    /// <paramref name="leadText"/> when given (the model's, with those roles blanked), else the document's.
    /// </summary>
    public ImmutableArray<string> TopicsOf(ReleaseDocument document, IEnumerable<TextSpan>? ignore = null, string? leadText = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var all = _words.Occurrences(document.Text, ignore);
        var lead = _words.Occurrences(leadText ?? ReleaseLead.Text(document));
        return [.. _topics
            .Select((t, i) => (t.Name, All: all[i], Lead: lead[i] > 0))
            .Where(t => t.All >= 2 || t.Lead)
            .OrderByDescending(t => t.All)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => t.Name)];
    }

    /// <summary>
    /// The topics a portfolio covers: those whose portfolio words appear in <paramref name="portfolio"/>
    /// ("Housing and Homelessness" is housing), and those named in <paramref name="extraTopics"/>, either by topic
    /// name or by a word of a topic's list.
    /// </summary>
    public ImmutableArray<string> TopicsOfPortfolio(string? portfolio, IEnumerable<string> extraTopics)
    {
        ArgumentNullException.ThrowIfNull(extraTopics);
        var topics = new List<string>();
        foreach (var topic in _topics)
        {
            if (portfolio is not null && topic.PortfolioWords.Matches(portfolio).Any())
            {
                topics.Add(topic.Name);
            }
        }

        foreach (var extra in extraTopics)
        {
            foreach (var topic in _topics)
            {
                if (string.Equals(topic.Name, extra, StringComparison.OrdinalIgnoreCase)
                    || topic.PortfolioWords.Matches(extra).Any()
                    || topic.Words.Phrases.Contains(extra, StringComparer.OrdinalIgnoreCase))
                {
                    topics.Add(topic.Name);
                }
            }
        }

        return [.. topics.Distinct(StringComparer.Ordinal)];
    }

    private static TopicCatalog Load()
    {
        var topics = LexiconResources.List()
            .Where(p => p.StartsWith("topics/", StringComparison.Ordinal) && p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p =>
            {
                var text = LexiconResources.ReadText(p);
                var header = text.Split('\n').FirstOrDefault(l => l.StartsWith("# portfolio:", StringComparison.Ordinal)) ?? string.Empty;
                var portfolioWords = header["# portfolio:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return new Topic(Path.GetFileNameWithoutExtension(p), PhraseList.Parse(text), new PhraseList(portfolioWords));
            });
        return new TopicCatalog([.. topics]);
    }

    private sealed record Topic(string Name, PhraseList Words, PhraseList PortfolioWords);
}
