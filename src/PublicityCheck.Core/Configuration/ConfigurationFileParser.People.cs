using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using PublicityCheck.IO;
using PublicityCheck.People;
using PublicityCheck.Policies;

namespace PublicityCheck.Configuration;

/// <summary>The <c>people</c>, <c>roster</c> and <c>policy</c> settings.</summary>
internal static partial class ConfigurationFileParser
{
    private sealed partial class Reader
    {
        private void ReadPeople(JsonElement list, string listPath, PeopleCollector into)
        {
            Expect(list, JsonValueKind.Array, listPath, "must be a list of people, each { \"name\", \"kind\", \"roles\": [...] }");
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var itemPath = $"{listPath}[{i++}]";
                var person = ReadPerson(item, itemPath);
                var namePath = itemPath + ".name";
                into.Add(person, $"{itemPath} (line {index.Find(namePath).Line})", namePath);
            }
        }

        private Person ReadPerson(JsonElement item, string itemPath)
        {
            Expect(item, JsonValueKind.Object, itemPath, "must be an object with at least a \"name\"");
            string? id = null, name = null, title = null, party = null, ward = null;
            var kind = PersonKind.Member;
            ImmutableArray<string> aliases = [], candidateIn = [];
            ImmutableArray<Role> roles = [];
            foreach (var property in item.EnumerateObject())
            {
                var propertyPath = $"{itemPath}.{property.Name}";
                switch (property.Name)
                {
                    case "id": id = ReadString(property.Value, propertyPath); break;
                    case "name": name = ReadString(property.Value, propertyPath); break;
                    case "title": title = ReadString(property.Value, propertyPath); break;
                    case "party": party = ReadString(property.Value, propertyPath); break;
                    case "ward": ward = ReadString(property.Value, propertyPath); break;
                    case "aliases": aliases = ReadStrings(property.Value, propertyPath); break;
                    case "candidateIn": candidateIn = ReadStrings(property.Value, propertyPath); break;
                    case "kind": kind = ReadEnum<PersonKind>(property.Value, propertyPath, "member, officer or external"); break;
                    case "roles": roles = ReadRoles(property.Value, propertyPath); break;
                    default: throw Error(propertyPath, $"'{property.Name}' is not a property of a person (id, name, title, aliases, kind, party, ward, roles, candidateIn)");
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                throw Error(itemPath, "a person needs a \"name\"");
            }

            return new Person
            {
                Id = id ?? RosterIds.FromName(name),
                Name = name,
                Title = title,
                Aliases = aliases,
                Kind = kind,
                Party = party,
                Ward = ward,
                Roles = roles,
                CandidateIn = candidateIn,
            };
        }

        private ImmutableArray<Role> ReadRoles(JsonElement list, string listPath)
        {
            Expect(list, JsonValueKind.Array, listPath, "must be a list of roles, each { \"role\": \"Leader\", \"from\": \"YYYY-MM-DD\" }");
            var roles = ImmutableArray.CreateBuilder<Role>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var rolePath = $"{listPath}[{i++}]";
                Expect(item, JsonValueKind.Object, rolePath, "must be an object such as { \"role\": \"CabinetMember\", \"portfolio\": \"Housing\" }");
                RoleKind? kind = null;
                string? portfolio = null, committee = null, title = null;
                LocalDate? from = null, to = null;
                ImmutableArray<string> topics = [];
                foreach (var property in item.EnumerateObject())
                {
                    var propertyPath = $"{rolePath}.{property.Name}";
                    switch (property.Name)
                    {
                        case "role": kind = ReadEnum<RoleKind>(property.Value, propertyPath, string.Join(", ", Enum.GetNames<RoleKind>())); break;
                        case "portfolio": portfolio = ReadString(property.Value, propertyPath); break;
                        case "committee": committee = ReadString(property.Value, propertyPath); break;
                        case "title": title = ReadString(property.Value, propertyPath); break;
                        case "topics": topics = ReadStrings(property.Value, propertyPath); break;
                        case "from": from = ReadDate(property.Value, propertyPath); break;
                        case "to": to = ReadDate(property.Value, propertyPath); break;
                        default: throw Error(propertyPath, $"'{property.Name}' is not a property of a role (role, portfolio, topics, committee, title, from, to)");
                    }
                }

                if (kind is null)
                {
                    throw Error(rolePath, "a role needs \"role\": one of " + string.Join(", ", Enum.GetNames<RoleKind>()));
                }

                if (from is not null && to is not null && to < from)
                {
                    throw Error(rolePath + ".to", $"the role ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
                }

                roles.Add(new Role { Kind = kind.Value, Portfolio = portfolio, Committee = committee, Title = title, Topics = topics, From = from, To = to });
            }

            return roles.ToImmutable();
        }

        private void ReadRoster(JsonElement value, string rosterPath, PeopleCollector into)
        {
            var relative = ReadString(value, rosterPath);
            var full = Path.GetFullPath(relative, Path.GetDirectoryName(Path.GetFullPath(path))!);
            _dataFiles.Add(full);
            string csv;
            try
            {
                csv = UntrustedFile.ReadAllText(full, ConfigurationLimits.MaxRosterBytes);
            }
            catch (UntrustedFileException ex)
            {
                throw Error(rosterPath, $"the roster '{relative}' could not be read: {ex.Message} ({full})");
            }

            ImmutableArray<RosterEntry> entries;
            try
            {
                entries = RosterCsvReader.ReadEntries(csv, relative);
            }
            catch (FormatException ex)
            {
                throw Error(rosterPath, ex.Message);
            }

            foreach (var entry in entries)
            {
                into.Add(entry.Person, $"{relative} line {entry.Line}", rosterPath);
            }
        }

        private PolicyPack ReadPolicy(JsonElement value, string policyPath)
        {
            var name = ReadString(value, policyPath);
            if (PolicyPackReader.BuiltInNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return PolicyPackReader.BuiltIn(name);
            }

            var full = Path.GetFullPath(name, Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (UntrustedFile.Identify(full) is null)
            {
                throw Error(policyPath, $"'{name}' is neither a built-in policy ({string.Join(", ", PolicyPackReader.BuiltInNames)}) nor a policy file (looked for {full})");
            }

            _dataFiles.Add(full);
            string json;
            try
            {
                json = UntrustedFile.ReadAllText(full, ConfigurationLimits.MaxPolicyBytes);
            }
            catch (UntrustedFileException ex)
            {
                throw Error(policyPath, $"the policy file '{name}' could not be read: {ex.Message} ({full})");
            }

            try
            {
                return PolicyPackReader.Parse(json, name);
            }
            catch (FormatException ex)
            {
                throw Error(policyPath, ex.Message);
            }
        }

        /// <summary>
        /// Gathers the people of one file, from <c>people</c> and the roster CSV. One person described twice (the same
        /// id, which a name gives unless <c>id</c> says otherwise) is merged when the two agree on everything both
        /// state, and is otherwise an error naming both places: a roster holding two of them could only ever say a
        /// quoted name fits both.
        /// </summary>
        private sealed class PeopleCollector(Reader reader)
        {
            private readonly List<(Person Person, string Origin)> _people = [];
            private readonly Dictionary<string, int> _byId = new(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

            public void Add(Person person, string origin, string jsonPath)
            {
                // A name is the same person as another of that name unless both were given ids of their own.
                var nameKey = "name:" + string.Join(' ', PersonName.Words(person.Name));
                var named = person.Id == RosterIds.FromName(person.Name);
                if (!_byId.TryGetValue(person.Id, out var at) && !_byName.TryGetValue(nameKey, out at))
                {
                    _byId.Add(person.Id, _people.Count);
                    _byName.TryAdd(nameKey, _people.Count);
                    _people.Add((person, origin));
                    return;
                }

                if (_people[at].Person.Id != person.Id && !named && _people[at].Person.Id != RosterIds.FromName(_people[at].Person.Name))
                {
                    _byId.Add(person.Id, _people.Count);
                    _people.Add((person, origin));
                    return;
                }

                var (earlier, earlierOrigin) = _people[at];
                if (PersonMerge.Differences(earlier, person) is { } difference)
                {
                    throw reader.Error(
                        jsonPath,
                        $"{person.Name} is described twice, in {earlierOrigin} and in {origin}, and the two differ in {difference}; describe them once, or give each an \"id\" of their own in people if they are two people");
                }

                _people[at] = (PersonMerge.Merge(earlier, person), earlierOrigin);
            }

            public ImmutableArray<Person> ToImmutable() => [.. _people.Select(p => p.Person)];
        }

        private string ReadString(JsonElement value, string valuePath)
        {
            Expect(value, JsonValueKind.String, valuePath, "must be a string");
            return value.GetString()!;
        }

        private ImmutableArray<string> ReadStrings(JsonElement value, string valuePath)
        {
            Expect(value, JsonValueKind.Array, valuePath, "must be a list of strings");
            var i = 0;
            return [.. value.EnumerateArray().Select(item => ReadString(item, $"{valuePath}[{i++}]"))];
        }

        private TEnum ReadEnum<TEnum>(JsonElement value, string valuePath, string allowed)
            where TEnum : struct, Enum
        {
            var text = ReadString(value, valuePath);
            return Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _)
                ? parsed
                : throw Error(valuePath, $"\"{text}\" is not one of {allowed}");
        }
    }
}
