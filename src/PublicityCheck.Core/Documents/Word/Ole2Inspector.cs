using System.Text;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Recognises OLE2 compound files (the container of Word 97-2003 <c>.doc</c> files and of encrypted Office
/// packages) and says what is in one, from the stream names in its directory.
/// </summary>
internal static class Ole2Inspector
{
    private static readonly byte[] _signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] _encryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] _encryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] _wordDocument = Encoding.Unicode.GetBytes("WordDocument");

    /// <summary>Whether <paramref name="bytes"/> start with the OLE2 signature.</summary>
    public static bool IsOle2(ReadOnlySpan<byte> bytes) => bytes.StartsWith(_signature);

    /// <summary>Why an OLE2 file cannot be read, naming what it holds.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        // Directory entry names are UTF-16LE; looking for them anywhere is enough to tell the kinds apart.
        if (bytes.IndexOf(_encryptedPackage) >= 0 || bytes.IndexOf(_encryptionInfo) >= 0)
        {
            return "the document is encrypted (password-protected); remove the password in Word (File > Info > Protect Document) and check it again";
        }

        if (bytes.IndexOf(_wordDocument) >= 0)
        {
            return "it is a legacy Word 97-2003 binary document (.doc format) under a Word 2007+ name; save it as .docx";
        }

        return "it is an OLE2 compound file (the container of legacy Word 97-2003 .doc files and other old Office formats), not a Word 2007+ .docx package";
    }
}
