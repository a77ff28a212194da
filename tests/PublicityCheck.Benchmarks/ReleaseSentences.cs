namespace PublicityCheck.Benchmarks;

/// <summary>Sentences of the length and kind a release holds, neutral and partisan.</summary>
public static class ReleaseSentences
{
    public const int Count = 16;

    public static readonly string[] All =
    [
        "Easterby Leisure Centre will reopen to the public on Saturday 14 March 2026 after a nine-month refurbishment.",
        "The £4.2 million scheme also includes a new accessible changing room with a hoist and an adult-sized changing bench.",
        "Opening times will be the same as before the closure: 6.30am to 10pm on weekdays and 7am to 6pm at weekends.",
        "Swimming lessons will restart in the week beginning 16 March, and families already booked have been contacted.",
        "Polling stations open at 7am and close at 10pm on Thursday 7 May.",
        "The council has 24 Conservative, 15 Labour and 4 Green councillors.",
        "Residents can comment on the draft local plan online or at any library until 5pm on Friday 24 April.",
        "Hollin Bridge Road will be closed from 9 March for six weeks while the bridge is repaired.",
        "Tory cuts have left our libraries on their knees, and this failed administration must go.",
        "After years of neglect under the last administration, this council has finally delivered the pool residents were promised.",
        "Only the Liberal Democrats can be trusted to keep weekly bin collections.",
        "Vote Labour on 7 May to save the children's centres.",
        "Councillor Helen Marsh, Leader of the Council, said the centre had served the town for more than forty years.",
        "Membership prices for 2026/27 are unchanged, and Leisure Card holders keep their 50 per cent discount.",
        "The refurbishment was approved by the council's Cabinet on 12 September 2024 after an open tender.",
        "Media are welcome to attend the open day; please contact the press office to arrange a time.",
    ];
}
