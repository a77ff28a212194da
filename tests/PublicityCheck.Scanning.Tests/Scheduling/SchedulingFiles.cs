using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Scheduling;

/// <summary>The scheduling guide and the unit files and cron script it shows.</summary>
internal static class SchedulingFiles
{
    public static string Guide => Path.Combine(RepositoryPaths.Root, "docs", "scheduling.md");

    public static string Folder => Path.Combine(RepositoryPaths.Root, "docs", "scheduling");
}
