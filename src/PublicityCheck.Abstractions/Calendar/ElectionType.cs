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

    /// <summary>
    /// A local referendum (<c>referendum</c>) run under the Local Authorities (Conduct of Referendums) (England)
    /// Regulations 2012, such as one on the council's governance: the notice of referendum by the 25th working day.
    /// </summary>
    Referendum,

    /// <summary>A Scottish Parliament general election (<c>scottish-parliament</c>).</summary>
    ScottishParliament,

    /// <summary>A Northern Ireland Assembly election (<c>ni-assembly</c>): the period starts at dissolution.</summary>
    NorthernIrelandAssembly,

    /// <summary>An election of the Mayor of London and the London Assembly (<c>gla</c>): its notice falls five working days before the boroughs'.</summary>
    Gla,

    /// <summary>
    /// A UK Parliamentary by-election (<c>parliamentary-by-election</c>): its timetable runs from the day the writ is
    /// received, not back from the poll, so the configuration gives the writ or the notice of election.
    /// </summary>
    ParliamentaryByElection,

    /// <summary>A neighbourhood planning referendum in England (<c>neighbourhood-referendum</c>): the period starts with the information statement.</summary>
    NeighbourhoodPlanningReferendum,

    /// <summary>A national referendum (<c>national-referendum</c>): its referendum period is set by its own Act, so the configuration gives its start.</summary>
    NationalReferendum,

    /// <summary>
    /// A by-election to fill a Scottish Parliament constituency seat (<c>scottish-parliament-by-election</c>): the
    /// Presiding Officer fixes polling day, and the notice of election falls between the 35th and the 28th working day
    /// before it. When wards are given, its period applies only to releases about them.
    /// </summary>
    ScottishParliamentByElection,

    /// <summary>A general election of Senedd Cymru, the Welsh Parliament (<c>senedd</c>): the notice of election by the 25th working day before the poll.</summary>
    Senedd,

    /// <summary>
    /// A by-election to a Senedd constituency seat (<c>senedd-by-election</c>), held only by the Senedd elected in 2021 or
    /// before (later Senedds fill a vacancy from the party's list): polling day as the Presiding Officer fixed it, and
    /// the period from the notice of election the configuration gives.
    /// </summary>
    SeneddByElection,

    /// <summary>
    /// A referendum on an English authority's council tax increase (<c>council-tax-referendum</c>), under the Local
    /// Authorities (Conduct of Referendums) (Council Tax Increases) (England) Regulations 2012: the period from the first
    /// notice of the referendum, which the configuration gives.
    /// </summary>
    CouncilTaxReferendum,
}
