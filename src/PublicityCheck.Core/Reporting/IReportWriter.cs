namespace PublicityCheck.Reporting;

/// <summary>Writes a report in one format. A reporter knows nothing of how a finding was made.</summary>
public interface IReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(CheckReport report, TextWriter output);
}
