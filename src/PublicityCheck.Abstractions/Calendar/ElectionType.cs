namespace PublicityCheck.Calendar;

/// <summary>The kind of poll, which decides its statutory timetable.</summary>
public enum ElectionType
{
    /// <summary>Ordinary elections of a principal council (<c>local</c>).</summary>
    Local,

    /// <summary>A UK Parliamentary general election (<c>parliamentary</c>): the period starts at dissolution.</summary>
    Parliamentary,

    /// <summary>A council by-election (<c>by-election</c>): its period applies only to releases about its wards.</summary>
    ByElection,

    /// <summary>An election of a directly elected mayor (<c>mayoral</c>).</summary>
    Mayoral,

    /// <summary>A police and crime commissioner election (<c>pcc</c>), in England and Wales.</summary>
    Pcc,

    /// <summary>A local referendum (<c>referendum</c>), such as a neighbourhood plan or council tax referendum.</summary>
    Referendum,
}
