namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// YAML front matter refused for its nesting or size while it was read; the message says which limit, worded to
/// follow "the YAML front matter on lines a-b".
/// </summary>
internal sealed class FrontMatterLimitException : FormatException
{
    /// <summary>Creates the exception with the refusal as its message.</summary>
    public FrontMatterLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public FrontMatterLimitException()
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public FrontMatterLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
