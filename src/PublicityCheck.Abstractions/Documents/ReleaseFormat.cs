namespace PublicityCheck.Documents;

/// <summary>The file formats PublicityCheck reads.</summary>
public enum ReleaseFormat
{
    /// <summary>Markdown (CommonMark with YAML front matter).</summary>
    Markdown,

    /// <summary>A Word document in Office Open XML (<c>.docx</c>, <c>.docm</c>).</summary>
    Word,
}
