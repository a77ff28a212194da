using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace PublicityCheck.Documents;

/// <summary>
/// Makes the Windows code pages (windows-1252 and the rest) available to every reader, once, when this assembly
/// loads: Markdown falls back to windows-1252, and a Word part's XML declaration may name a code page. Registered
/// in one place, up front, whether a file is read or not depends on its bytes, never on which reader ran first.
/// </summary>
internal static class CodePages
{
    /// <summary>Registers the code pages provider; runs before any code of this assembly.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Reading releases must not depend on which reader ran first in the process; registering a provider is idempotent and has no other effect.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
