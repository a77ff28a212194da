using System.Globalization;

namespace PublicityCheck.Documents;

/// <summary>The one wording of a refusal for too much text, shared by the readers.</summary>
internal static class TextLimit
{
    /// <summary>Why a release of <paramref name="characters"/> characters is refused.</summary>
    public static string Reason(int characters, ReaderOptions options) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"the release holds {characters:N0} characters of text, more than the {options.MaxTextCharacters:N0} limit; no press release is that long, so the file was not checked");
}
