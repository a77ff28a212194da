using System.Xml;

namespace PublicityCheck.Documents.Word;

/// <summary>An XML part refused for its depth or size while it was read; the message names the part and the limit.</summary>
internal sealed class XmlLimitException : XmlException
{
    /// <summary>Creates the exception with the refusal as its message.</summary>
    public XmlLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public XmlLimitException()
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public XmlLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
