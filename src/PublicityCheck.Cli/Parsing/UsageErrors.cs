using CommandLine;

namespace PublicityCheck.Cli.Parsing;

/// <summary>
/// The parser's errors in words, one line each: a mistyped command or option with the nearest names ("did you
/// mean"), a bad value with the values allowed, a missing argument with what it is for.
/// </summary>
internal static class UsageErrors
{
    /// <summary>One message per error that stopped the command line from being read.</summary>
    /// <param name="errors">The parser's errors.</param>
    /// <param name="verb">The command's options class, or null when no command was recognised.</param>
    /// <param name="args">The command line as typed, to quote a bad value from.</param>
    public static IEnumerable<string> Describe(IEnumerable<Error> errors, Type? verb, IReadOnlyList<string> args) =>
        errors.Select(e => Describe(e, verb, args)).Distinct(StringComparer.Ordinal);

    /// <summary>What is said of a word typed where a command goes: the nearest command, and every one.</summary>
    public static string UnknownCommand(string token) =>
        $"'{token}' is not a command.{Suggestions.DidYouMean(token, VerbCatalog.Names)} The commands are {string.Join(", ", VerbCatalog.Names)}.";

    /// <summary>
    /// What is said when the command line ends with an option that takes a value (<c>check drafts --format</c>),
    /// or null when it does not. CommandLineParser drops such an option without a word, so the command would run as
    /// if it had not been typed; it is caught before parsing instead, with the values the option takes.
    /// </summary>
    public static string? TrailingOptionWithoutValue(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || VerbCatalog.Find(args[0]) is not { } verb || args.Contains("--"))
        {
            return null;
        }

        var last = args[^1];
        if (last.Length < 2 || last[0] != '-' || last.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        var typed = last.StartsWith("--", StringComparison.Ordinal) ? last[2..] : last[1..];
        if (VerbCatalog.Option(verb, typed) is not { } option || TakesNoValue(option.Property.PropertyType))
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(option.Property.PropertyType) ?? option.Property.PropertyType;
        var allowed = type.IsEnum ? $": one of {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}" : string.Empty;
        return $"{last} needs a value{allowed}.";
    }

    private static bool TakesNoValue(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool);

    private static string Describe(Error error, Type? verb, IReadOnlyList<string> args)
    {
        var command = verb is null ? "publicitycheck" : $"'{VerbCatalog.NameOf(verb)}'";
        switch (error)
        {
            case BadVerbSelectedError bad:
                return UnknownCommand(bad.Token);
            case NoVerbSelectedError:
                return $"give a command: {string.Join(", ", VerbCatalog.Names)}.";
            case UnknownOptionError unknown:
                var typed = unknown.Token.TrimStart('-');
                var names = verb is null ? ["help", "version"] : VerbCatalog.OptionNames(verb);
                return $"{command} has no option {Dashed(typed)}.{Suggestions.DidYouMean(typed, names, Dashed)}";
            case BadFormatConversionError conversion:
                return BadValue(conversion.NameInfo, verb, args);
            case MissingRequiredOptionError missing when missing.NameInfo.LongName.Length == 0 && missing.NameInfo.ShortName.Length == 0:
                return $"{command} needs {RequiredValues(verb)}.";
            case MissingRequiredOptionError missing:
                return $"{command} needs {Name(missing.NameInfo)}.";
            case MissingValueOptionError missing:
                return $"{Name(missing.NameInfo)} needs a value.";
            case RepeatedOptionError repeated:
                return $"{Name(repeated.NameInfo)} is given more than once.";
            case SequenceOutOfRangeError range:
                return $"{Name(range.NameInfo)} has too many or too few values.";
            case SetValueExceptionError set:
                return $"{Name(set.NameInfo)} '{set.Value}' cannot be used: {set.Exception.Message}";
            case BadFormatTokenError token:
                return $"'{token.Token}' is neither an option nor a value {command} takes.";
            default:
                return $"the command line could not be read ({error.Tag}).";
        }
    }

    private static string BadValue(NameInfo name, Type? verb, IReadOnlyList<string> args)
    {
        var value = ValueOf(name, args);
        var quoted = value is null ? string.Empty : $" '{value}'";
        var option = verb is null ? null : VerbCatalog.Option(verb, name.LongName.Length > 0 ? name.LongName : name.ShortName);
        var type = option?.Property.PropertyType is { } t ? Nullable.GetUnderlyingType(t) ?? t : null;
        if (type is { IsEnum: true })
        {
            var allowed = Enum.GetNames(type).Select(n => n.ToLowerInvariant()).ToList();
            var near = value is null ? string.Empty : Suggestions.DidYouMean(value, allowed);
            return $"{Name(name)}{quoted} is not one of {string.Join(", ", allowed)}.{near}";
        }

        return type == typeof(int)
            ? $"{Name(name)}{quoted} is not a whole number."
            : $"{Name(name)}{quoted} is not a value it takes.";
    }

    /// <summary>The value typed after an option (<c>--format xml</c> or <c>--format=xml</c>), if it can be found.</summary>
    private static string? ValueOf(NameInfo name, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            foreach (var form in Forms(name))
            {
                if (string.Equals(arg, form, StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1 < args.Count ? args[i + 1] : null;
                }

                if (arg.StartsWith(form + "=", StringComparison.OrdinalIgnoreCase))
                {
                    return arg[(form.Length + 1)..];
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Forms(NameInfo name)
    {
        if (name.LongName.Length > 0)
        {
            yield return "--" + name.LongName;
        }

        if (name.ShortName.Length > 0)
        {
            yield return "-" + name.ShortName;
        }
    }

    private static string RequiredValues(Type? verb)
    {
        var values = verb is null ? null : VerbCatalog.Values(verb)
            .Where(v => v.Required)
            .Select(v => $"<{v.MetaName}>: {v.HelpText.TrimEnd('.')}")
            .ToList();
        return values is { Count: > 0 } ? string.Join("; ", values) : "more arguments";
    }

    private static string Name(NameInfo name) => name.LongName.Length > 0 ? "--" + name.LongName : "-" + name.ShortName;

    private static string Dashed(string name) => name.Length == 1 ? "-" + name : "--" + name;
}
