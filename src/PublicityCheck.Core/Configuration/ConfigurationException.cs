namespace PublicityCheck.Configuration;

/// <summary>A configuration file that cannot be used: the run stops (exit code 2) with this message.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The configuration file.</param>
    /// <param name="jsonPath">The JSON path of the bad value (<c>$.rules.PC0401</c>), or <c>$</c>.</param>
    /// <param name="line">The 1-based line of the bad value, or 0 when unknown.</param>
    /// <param name="column">The 1-based column of the bad value, or 0 when unknown.</param>
    /// <param name="reason">What is wrong and how to put it right.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ConfigurationException(string file, string jsonPath, int line, int column, string reason, Exception? innerException = null)
        : base(Format(file, jsonPath, line, column, reason), innerException)
    {
        File = file;
        JsonPath = jsonPath;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ConfigurationException(string message)
        : this(string.Empty, "$", 0, 0, message)
    {
    }

    /// <summary>Creates the exception with a plain message and cause.</summary>
    public ConfigurationException(string message, Exception innerException)
        : this(string.Empty, "$", 0, 0, message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public ConfigurationException()
        : this("The configuration is invalid.")
    {
    }

    /// <summary>The configuration file.</summary>
    public string File { get; }

    /// <summary>The JSON path of the bad value.</summary>
    public string JsonPath { get; }

    /// <summary>The 1-based line of the bad value, or 0.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the bad value, or 0.</summary>
    public int Column { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    private static string Format(string file, string jsonPath, int line, int column, string reason)
    {
        if (string.IsNullOrEmpty(file))
        {
            return reason;
        }

        var where = line > 0 ? $"{file}({line},{Math.Max(column, 1)})" : file;
        return $"{where}: error: {jsonPath}: {reason}";
    }
}
