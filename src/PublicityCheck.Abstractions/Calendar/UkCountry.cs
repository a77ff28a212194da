namespace PublicityCheck.Calendar;

/// <summary>A country of the United Kingdom: where an election is held, which decides its timetable and bank holidays.</summary>
public enum UkCountry
{
    /// <summary>England.</summary>
    England,

    /// <summary>Wales.</summary>
    Wales,

    /// <summary>Scotland.</summary>
    Scotland,

    /// <summary>Northern Ireland.</summary>
    NorthernIreland,
}
