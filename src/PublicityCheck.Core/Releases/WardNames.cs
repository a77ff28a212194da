using System.Collections.Immutable;
using PublicityCheck.Configuration;
using PublicityCheck.Text;

namespace PublicityCheck.Releases;

/// <summary>The roster's wards as one set of phrase lists, built once per configuration by its <see cref="ReleaseModelBuilder"/>.</summary>
internal sealed class WardNames
{
    private readonly PhraseListSet _lists;

    public WardNames(PublicityCheckConfiguration configuration)
    {
        Names = [.. configuration.People.Select(p => p.Ward).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        _lists = new PhraseListSet(Names.Select(n => new[] { n }));
    }

    public ImmutableArray<string> Names { get; }

    public ImmutableArray<string> NamedIn(string text)
    {
        var counts = _lists.Occurrences(text);
        return [.. Names.Where((_, i) => counts[i] > 0)];
    }
}
