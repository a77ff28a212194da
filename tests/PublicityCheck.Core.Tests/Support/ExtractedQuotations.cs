using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Support;

/// <summary>
/// The quotations the extractor finds in a document, for tests of extraction and attribution on their own. The
/// release model builds them once per check; these tests ask the extractor directly.
/// </summary>
internal static class ExtractedQuotations
{
    extension(ReleaseDocument document)
    {
        /// <summary>The quotations of speech in the document, with their speakers where the release names them.</summary>
        public ImmutableArray<Quotation> Quotations => QuotationExtractor.Default.Extract(document);
    }
}
