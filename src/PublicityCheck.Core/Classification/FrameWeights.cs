namespace PublicityCheck.Classification;

/// <summary>
/// The log-odds the ensemble adds for each frame read from a sentence's words (0 for a frame the model does not read):
/// a credit claim (<see cref="CreditClaims"/>), a party's or a candidate's own voice (<see cref="Classification.PartyVoice"/>),
/// and, below zero, a reporter's account of an accusation (<see cref="Classification.ReportedAccusation"/>).
/// </summary>
/// <param name="CreditClaim">The weight of a credit claim's frame.</param>
/// <param name="PartyVoice">The weight of a party's or a candidate's own voice.</param>
/// <param name="ReportedAccusation">The weight of a reporter's account of an accusation.</param>
internal readonly record struct FrameWeights(double CreditClaim, double PartyVoice, double ReportedAccusation);
