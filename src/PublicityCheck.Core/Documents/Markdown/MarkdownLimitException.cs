namespace PublicityCheck.Documents.Markdown;

/// <summary>A Markdown release refused for its nesting; the message names the line or the limit.</summary>
internal sealed class MarkdownLimitException : FormatException
{
    /// <summary>Creates the exception with the refusal as its message.</summary>
    public MarkdownLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public MarkdownLimitException()
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public MarkdownLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
