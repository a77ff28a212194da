namespace PublicityCheck.Documents;

/// <summary>Where the publication date a release is checked as of came from, most trusted first.</summary>
public enum PublishOnSource
{
    /// <summary>Given by the host for the run or the call: <c>--publish-on</c>, or a request's <c>publishOn</c>.</summary>
    Option,

    /// <summary>
    /// A property the author set: <c>publish</c>, <c>embargo</c> or <c>date</c> in Markdown front matter, or in Word's
    /// custom document properties or the cover page's publish date.
    /// </summary>
    FrontMatter,

    /// <summary>A dateline in the release's first or last lines (<c>Issued 3 November 2026</c>, <c>Embargoed until ...</c>).</summary>
    Dateline,

    /// <summary>The file's name (<c>2026-03-03-council-sets-budget.md</c>).</summary>
    FileName,

    /// <summary>
    /// Word's core properties, the date the file was created, else last saved: the package's own record, not
    /// the author's statement, so trusted least.
    /// </summary>
    DocumentProperties,

    /// <summary>Nothing said when the release is published, so it was checked as of the day it was checked.</summary>
    Today,
}
