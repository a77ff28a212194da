using System.Collections.Immutable;
using System.Text;
using NodaTime.Text;

namespace PublicityCheck.People;

/// <summary>
/// Reads a roster exported from a council's committee system: a CSV with a header row and one row per person and
/// role, <c>name,title,kind,party,ward,role,portfolio,committee,from,to</c> (columns in any order; quoted fields
/// with commas and doubled quotes allowed). Rows with the same name make one person with several roles.
/// </summary>
public static class RosterCsvReader
{
    private static readonly string[] Required = ["name", "role"];

    /// <summary>Reads the CSV text <paramref name="csv"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">A row is malformed; the message names the source, line and column.</exception>
    public static ImmutableArray<Person> Read(string csv, string source)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = CsvRows.Parse(csv).ToList();
        if (rows.Count == 0)
        {
            throw new FormatException($"{source}: the roster is empty; it needs a header row: name,title,kind,party,ward,role,portfolio,committee,from,to");
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var column in Required.Where(c => !header.Contains(c)))
        {
            throw new FormatException($"{source}(1): the header has no '{column}' column");
        }

        var people = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Field(string column)
            {
                var index = header.IndexOf(column);
                var value = index >= 0 && index < row.Fields.Count ? row.Fields[index].Trim() : null;
                return string.IsNullOrEmpty(value) ? null : value;
            }

            var name = Field("name") ?? throw new FormatException($"{source}({row.Line}): the row has no name");
            var role = ReadRole(Field, source, row.Line);
            if (!people.TryGetValue(name, out var person))
            {
                person = new Person
                {
                    Id = RosterIds.FromName(name),
                    Name = name,
                    Title = Field("title"),
                    Kind = ParseKind(Field("kind"), role.Kind, source, row.Line),
                    Party = Field("party"),
                    Ward = Field("ward"),
                };
                order.Add(name);
            }

            people[name] = person with { Roles = person.Roles.Add(role) };
        }

        return [.. order.Select(n => people[n])];
    }

    private static Role ReadRole(Func<string, string?> field, string source, int line)
    {
        var roleText = field("role") ?? throw new FormatException($"{source}({line}): the row has no role");
        if (!Enum.TryParse<RoleKind>(roleText.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind))
        {
            throw new FormatException($"{source}({line}): '{roleText}' is not a role (use {string.Join(", ", Enum.GetNames<RoleKind>())})");
        }

        return new Role
        {
            Kind = kind,
            Portfolio = field("portfolio"),
            Committee = field("committee"),
            Title = field("roletitle"),
            From = ParseDate(field("from"), "from", source, line),
            To = ParseDate(field("to"), "to", source, line),
        };
    }

    private static PersonKind ParseKind(string? text, RoleKind role, string source, int line)
    {
        if (text is null)
        {
            return role == RoleKind.Officer ? PersonKind.Officer : PersonKind.Member;
        }

        return Enum.TryParse<PersonKind>(text, ignoreCase: true, out var kind)
            ? kind
            : throw new FormatException($"{source}({line}): '{text}' is not a kind of person (use member, officer or external)");
    }

    private static NodaTime.LocalDate? ParseDate(string? text, string column, string source, int line)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new FormatException($"{source}({line}): {column} '{text}' is not a date in the form YYYY-MM-DD");
    }

    private sealed record CsvRow(int Line, List<string> Fields);

    private static class CsvRows
    {
        public static IEnumerable<CsvRow> Parse(string text)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var line = 1;
            var rowLine = 1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRow(rowLine, fields);
                    fields = [];
                    line++;
                    rowLine = line;
                }
                else if (c != '\uFEFF' || i > 0)
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || fields.Count > 0)
            {
                fields.Add(field.ToString());
                yield return new CsvRow(rowLine, fields);
            }
        }
    }
}
