using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.People;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Gives the quotations of a statement the speaker its headline names (<c>Finance settlement – statement from the
/// Council Leader</c>, <c>Statement by Cllr Ann Lee</c>, <c>Council Leader's statement on the budget</c>), where the
/// body attributes them to nobody: a person by name, or a role the rules recognise (<see cref="StatedRoleParser"/>).
/// A statement from a body ("from the council") names no speaker, and a quotation the body attributes keeps its own.
/// </summary>
internal static partial class StatementHeadings
{
    // Only the headline is read, and only so much of it.
    private const int MaxHeadline = 200;

    public static void Attribute(ReleaseDocument document, List<Quotation> quotations)
    {
        if (quotations.TrueForAll(q => q.Speaker is not null) || document.Blocks.IsDefaultOrEmpty || document.Blocks[0] is not { Kind: BlockKind.Heading } headline || headline.Text.Length > MaxHeadline)
        {
            return;
        }

        if (Speaker(headline) is not { } speaker)
        {
            return;
        }

        for (var i = 0; i < quotations.Count; i++)
        {
            if (quotations[i].Speaker is null && quotations[i].Span.Start >= headline.Span.End)
            {
                quotations[i] = quotations[i] with { Speaker = speaker };
            }
        }
    }

    // Who the headline says makes the statement, or null.
    private static SpeakerMention? Speaker(Block headline)
    {
        var match = StatementFrom().Match(headline.Text);
        if (!match.Success)
        {
            match = OwnStatement().Match(headline.Text);
        }

        if (!match.Success)
        {
            return null;
        }

        var who = match.Groups["who"];
        var text = who.Value.Trim().TrimEnd('.', ':', '–', '—', '-').Trim();
        var start = headline.Span.Start + who.Index + (who.Value.Length - who.Value.TrimStart().Length);
        if (PersonNames.FindIn(text) is { } person)
        {
            var role = text.Length > person.Start + person.Text.Length ? text[(person.Start + person.Text.Length)..].TrimStart(',', ' ') : null;
            return new SpeakerMention(
                person.Text,
                new TextSpan(start + person.Start, person.Text.Length),
                person.Title,
                string.IsNullOrEmpty(role) || StatedRoleParser.Parse(role) is null ? null : role,
                null,
                AttributionKind.Explicit) { AttributedBy = AttributedBy.PreviousParagraph };
        }

        var stated = text[SubjectParser.Article().Match(text).Length..];
        return StatedRoleParser.Parse(stated) is { Kind: not RoleKind.Councillor }
            ? new SpeakerMention(stated, null, null, stated, new TextSpan(start + (text.Length - stated.Length), stated.Length), AttributionKind.Explicit) { AttributedBy = AttributedBy.PreviousParagraph }
            : null;
    }

    // "... – Statement from the Council Leader", "Statement by Cllr Ann Lee, Leader of the Council".
    [GeneratedRegex(@"\b(?:statement|message|response)\s+(?:from|by)\s+(?<who>[^–—:|]{3,120})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatementFrom();

    // "Council Leader's statement on the budget".
    [GeneratedRegex(@"^(?<who>[^–—:|]{3,80}?)['’]s\s+statement\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnStatement();
}
