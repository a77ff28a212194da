namespace PublicityCheck.Scanning.State;

/// <summary>What the state file knows of a file from the last time it was checked.</summary>
/// <param name="Size">Its size when last hashed.</param>
/// <param name="ModifiedTicks">Its modified time (UTC ticks) when last hashed.</param>
/// <param name="Sha256">Its content's hash.</param>
/// <param name="Fingerprint">The fingerprint it was checked under.</param>
/// <param name="CheckedOn">The date it was checked.</param>
/// <param name="DateDependent">Whether its findings depend on today's date.</param>
/// <param name="Diagnostics">Its findings, as JSON.</param>
/// <param name="HashedTicks">When (UTC ticks) its content was last hashed; 0 when not known (state from before schema 2).</param>
internal sealed record StoredFile(long Size, long ModifiedTicks, string Sha256, string Fingerprint, string CheckedOn, bool DateDependent, string Diagnostics, long HashedTicks = 0)
{
    /// <summary>
    /// Whether a file now of <paramref name="size"/> and <paramref name="modifiedTicks"/> may be taken to have the
    /// content last hashed without reading it: same size, same modified time, and that time well before the hashing.
    /// </summary>
    public bool Vouches(long size, long modifiedTicks) =>
        size == Size && modifiedTicks == ModifiedTicks && size >= 0 && modifiedTicks < HashedTicks - ScanOptions.ModifiedTimeMargin.Ticks;
}
