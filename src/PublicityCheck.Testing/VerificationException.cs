namespace PublicityCheck.Testing;

/// <summary>
/// Thrown when an analyzer's findings differ from those a test expects. Its message lists each difference with the
/// source line and a caret under the span, so it reads the same under any test framework.
/// </summary>
public sealed class VerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VerificationException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public VerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
