using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning;

/// <summary>What every file of one scan shares.</summary>
/// <param name="Checker">The checker.</param>
/// <param name="Fingerprint">The fingerprints.</param>
/// <param name="Codec">Reads stored findings back.</param>
/// <param name="Today">The date of the scan, for releases that state no publication date.</param>
/// <param name="Rehash">Whether every file is hashed, even one whose size and modified time vouch for it.</param>
/// <param name="MaxFileBytes">The largest file that is hashed, the readers' limit: a larger one is left to the checker, which reports it.</param>
internal sealed record ScanContext(PublicityChecker Checker, ScanFingerprint Fingerprint, DiagnosticCodec Codec, string Today, bool Rehash, long MaxFileBytes);
