using System.Collections.Immutable;
using System.Text;
using NodaTime.Text;
using PublicityCheck.Configuration;

namespace PublicityCheck.People;

/// <summary>
/// Reads a roster exported from a council's committee system: a CSV with a header row and one row per person and
/// role, <c>name,title,kind,party,ward,role,portfolio,committee,from,to</c>, and optionally <c>candidateIn</c>, the
/// ids of the elections the person stands in, separated by semicolons (columns in any order; quoted fields with
/// commas and doubled quotes allowed). Rows with the same name make one person with several roles. An outside
/// speaker (<c>kind</c> <c>external</c>) may have a row with no role: they hold none at the council.
/// </summary>
internal static class RosterCsvReader
{
    private static readonly string[] Required = ["name", "role"];

    /// <summary>Reads the CSV text <paramref name="csv"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">
    /// A row is malformed, a field is longer than <see cref="ConfigurationLimits.MaxRosterFieldLength"/> characters, a
    /// quoted field never closes, or there are more than <see cref="ConfigurationLimits.MaxRosterRows"/> rows; the
    /// message names the source and line.
    /// </exception>
    public static ImmutableArray<Person> Read(string csv, string source) => [.. ReadEntries(csv, source).Select(e => e.Person)];

    /// <summary>Reads the CSV text <paramref name="csv"/>, with the line each person is first described on.</summary>
    /// <exception cref="FormatException">As <see cref="Read"/>.</exception>
    public static ImmutableArray<RosterEntry> ReadEntries(string csv, string source)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var rows = CsvRows.Parse(csv, source).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new FormatException($"{source}: the roster is empty; it needs a header row: name,title,kind,party,ward,role,portfolio,committee,from,to");
        }

        var header = rows.Current.Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var column in Required.Where(c => !header.Contains(c)))
        {
            throw new FormatException($"{source}(1): the header has no '{column}' column");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = header.Count - 1; i >= 0; i--)
        {
            columns[header[i]] = i;
        }

        // Each person's roles are gathered in a builder and the person made once at the end: a person with a row
        // per role then costs one step a row, where copying the roles on every row cost the square of them.
        var people = new Dictionary<string, (Person Person, int Line, ImmutableArray<Role>.Builder Roles, HashSet<string> Candidacies)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        while (rows.MoveNext())
        {
            var row = new Row(rows.Current, columns);
            if (row.IsBlank)
            {
                continue;
            }

            var name = row.Field("name") ?? throw new FormatException($"{source}({row.Line}): the row has no name");
            var role = ReadRole(row, source);
            if (!people.TryGetValue(name, out var entry))
            {
                entry = (new Person
                {
                    Id = RosterIds.FromName(name),
                    Name = name,
                    Title = row.Field("title"),
                    Kind = ParseKind(row.Field("kind"), role?.Kind, source, row.Line),
                    Party = row.Field("party"),
                    Ward = row.Field("ward"),
                }, row.Line, ImmutableArray.CreateBuilder<Role>(1), new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                people.Add(name, entry);
                order.Add(name);
            }

            if (role is not null)
            {
                entry.Roles.Add(role);
            }
            else if (entry.Person.Kind != PersonKind.External)
            {
                throw new FormatException($"{source}({row.Line}): the row has no role (only an outside speaker, kind external, may have none)");
            }

            foreach (var election in (row.Field("candidatein") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                entry.Candidacies.Add(election);
            }
        }

        var result = ImmutableArray.CreateBuilder<RosterEntry>(order.Count);
        foreach (var name in order)
        {
            var (person, line, roles, candidacies) = people[name];
            var candidateIn = person.CandidateIn.AddRange(candidacies.Order(StringComparer.OrdinalIgnoreCase));
            result.Add(new RosterEntry(person with { Roles = roles.DrainToImmutable(), CandidateIn = candidateIn }, line));
        }

        return result.MoveToImmutable();
    }

    private static Role? ReadRole(Row row, string source)
    {
        if (row.Field("role") is not { } roleText)
        {
            return null;
        }

        if (!Enum.TryParse<RoleKind>(roleText.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind) || int.TryParse(roleText, out _))
        {
            throw new FormatException($"{source}({row.Line}): '{roleText}' is not a role (use {string.Join(", ", Enum.GetNames<RoleKind>())})");
        }

        return new Role
        {
            Kind = kind,
            Portfolio = row.Field("portfolio"),
            Committee = row.Field("committee"),
            Title = row.Field("roletitle"),
            From = ParseDate(row.Field("from"), "from", source, row.Line),
            To = ParseDate(row.Field("to"), "to", source, row.Line),
        };
    }

    private static PersonKind ParseKind(string? text, RoleKind? role, string source, int line)
    {
        if (text is null)
        {
            return role == RoleKind.Officer ? PersonKind.Officer : PersonKind.Member;
        }

        return Enum.TryParse<PersonKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _)
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

    /// <summary>A row's fields by column name, trimmed, empty ones as null.</summary>
    private readonly record struct Row(CsvRow Csv, Dictionary<string, int> Columns)
    {
        public int Line => Csv.Line;

        public bool IsBlank => Csv.Fields.TrueForAll(string.IsNullOrWhiteSpace);

        public string? Field(string column)
        {
            if (!Columns.TryGetValue(column, out var index) || index >= Csv.Fields.Count)
            {
                return null;
            }

            var value = Csv.Fields[index].Trim();
            return value.Length == 0 ? null : value;
        }
    }

    private static class CsvRows
    {
        public static IEnumerable<CsvRow> Parse(string text, string source)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var quoteLine = 0;
            var line = 1;
            var rowLine = 1;
            var rows = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        Append(field, '"', source, quoteLine, quoted);
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        Append(field, c, source, quoteLine, quoted);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                    quoteLine = line;
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
                    CountRow(ref rows, source, rowLine);
                    yield return new CsvRow(rowLine, fields);
                    fields = [];
                    line++;
                    rowLine = line;
                }
                else if (c != '\uFEFF' || i > 0)
                {
                    Append(field, c, source, line, quoted);
                }
            }

            if (quoted)
            {
                throw new FormatException($"{source}({quoteLine}): a quoted field opened on line {quoteLine} never closes: a closing \" is missing");
            }

            if (field.Length > 0 || fields.Count > 0)
            {
                fields.Add(field.ToString());
                CountRow(ref rows, source, rowLine);
                yield return new CsvRow(rowLine, fields);
            }
        }

        private static void Append(StringBuilder field, char c, string source, int line, bool quoted)
        {
            if (field.Length >= ConfigurationLimits.MaxRosterFieldLength)
            {
                throw new FormatException(quoted
                    ? $"{source}({line}): a quoted field opened on line {line} runs past {ConfigurationLimits.MaxRosterFieldLength} characters: a closing \" is probably missing"
                    : $"{source}({line}): a field is longer than {ConfigurationLimits.MaxRosterFieldLength} characters");
            }

            field.Append(c);
        }

        private static void CountRow(ref int rows, string source, int line)
        {
            // The header is a row too, so a roster may have the header and this many rows of people.
            if (++rows > ConfigurationLimits.MaxRosterRows + 1)
            {
                throw new FormatException($"{source}({line}): the roster has more than {ConfigurationLimits.MaxRosterRows} rows");
            }
        }
    }
}

/// <summary>A person read from a roster CSV, with the line of the row that first describes them.</summary>
/// <param name="Person">The person, with every role their rows give.</param>
/// <param name="Line">The 1-based line of their first row.</param>
internal sealed record RosterEntry(Person Person, int Line);
