namespace PublicityCheck.Calendar;

/// <summary>The parts of the United Kingdom with bank holidays of their own, as GOV.UK lists them.</summary>
public enum BankHolidayDivision
{
    /// <summary>England and Wales.</summary>
    EnglandAndWales,

    /// <summary>Scotland.</summary>
    Scotland,

    /// <summary>Northern Ireland.</summary>
    NorthernIreland,
}
