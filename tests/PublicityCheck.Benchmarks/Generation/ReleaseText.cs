namespace PublicityCheck.Benchmarks.Generation;

/// <summary>Sentences any release may use, whatever its topic. Tokens as in <see cref="ReleaseTopic"/>.</summary>
internal static class ReleaseText
{
    /// <summary>What the Leader of the Council says about the executive's work.</summary>
    public static IReadOnlyList<string[]> LeaderQuotes { get; } =
    [
        ["This is exactly the kind of practical improvement people in {ward} have told us they want to see.", "I am proud of the staff who have made it happen."],
        ["Good public services depend on listening first, and this is the result of a great deal of listening."],
        ["It is good news for {ward} and good news for the whole borough."],
        ["We said we would get on with the things that matter day to day, and this is one of them.", "There is more to do, and we will keep at it."],
        ["I want to thank everyone who took part in the consultation, because their comments shaped what we are doing."],
    ];

    /// <summary>Sentences about the council's services in general, for filler paragraphs.</summary>
    public static IReadOnlyList<string> Services { get; } =
    [
        "The council provides more than 700 services to the 118,000 people who live in the borough, from emptying bins to licensing taxis.",
        "Residents can find out more on the council's website, where they can also sign up for email updates on the services they use.",
        "Anyone who needs this information in another format, such as large print or another language, can ask the contact centre.",
        "The contact centre at the Civic Centre in Easterby is open from 8.45am to 5pm on weekdays, and the phone lines open at 8.30am.",
        "The council's website has a report-it page for problems such as graffiti, fly-tipping and broken street lights.",
        "Many services can now be used online at any time of day, which frees up the phone lines for people who need to speak to someone.",
        "Updates will also be posted on the council's social media channels and in the next issue of Wreake Valley Life, the residents' magazine delivered to every home.",
        "The customer services team answered more than 180,000 calls last year, 87 per cent of them within two minutes.",
        "Ward councillors have been kept informed of the plans and will receive regular updates.",
        "The council will write to neighbouring households before anything changes on the ground.",
        "Questions can be emailed to the team at any time, and the council aims to reply within ten working days.",
        "People without internet access can use free computers at any of the borough's libraries, where staff can help them get online.",
        "The council thanks residents for their patience and understanding while the changes are made.",
        "A summary of the responses will be published on the council's website once they have been analysed.",
        "The annual residents' survey found that 71 per cent of people were satisfied with the way the council runs things.",
        "Printed copies of the information are available at the Civic Centre and at every library in the borough.",
        "The project forms part of the council's corporate plan for 2024 to 2028, which sets out its priorities for the borough.",
        "Anyone who needs help in an emergency outside office hours can call 01632 960 999.",
        "Local businesses have been contacted directly and will be kept informed as the project goes on.",
        "The council has worked with the county council and other partners to keep disruption to a minimum.",
        "Officers will review how the changes are working after six months and report back to councillors.",
        "More than 600 people responded to the consultation, and their comments are summarised in the report.",
    ];

    /// <summary>Party-political sentences in the council's own words: praising a party or attacking the opposition.</summary>
    public static IReadOnlyList<string> Partisan { get; } =
    [
        "Thanks to the Liberal Democrat administration, {ward} is finally getting the investment the Conservatives ignored for years.",
        "The Conservative opposition voted against this scheme at every stage, and residents of {ward} deserve to know that.",
        "Labour councillors have done nothing but complain while this administration has got on with the job.",
        "Only the Liberal Democrats have a record of standing up for {ward}.",
        "This is what a council run by the Liberal Democrats and the Greens delivers, unlike the empty promises of the last Conservative administration.",
        "After years of neglect under the previous regime, the council is at last putting {ward} first.",
        "Once again the Labour group has tried to talk down the borough, but the figures speak for themselves.",
        "If the Conservatives get back in, schemes like this will be the first to go.",
        "Unlike the so-called savings of the last Conservative administration, this is money spent where it matters.",
        "Vote Liberal Democrat on 7 May to keep services like this running.",
    ];

    /// <summary>Party-political sentences a member adds to a quotation.</summary>
    public static IReadOnlyList<string> PartisanQuoted { get; } =
    [
        "Unlike the Conservatives, we keep our promises.",
        "The opposition had years to fix this and did nothing.",
        "Labour would have cut this service without a second thought.",
        "That is the difference a Liberal Democrat council makes.",
    ];

    /// <summary>Sentences that give away business taken in private.</summary>
    public static IReadOnlyList<string> Confidential { get; } =
    [
        "The full costs are set out in a Part II report, which remains exempt information because of the contractor's commercial interests.",
        "Details of the contractors' bids were considered in closed session and remain commercially sensitive.",
        "Cabinet discussed the figures after the press and public were excluded, and the full costings are in a confidential appendix.",
        "The tender prices are commercially sensitive, so the council has not said how many firms bid for the work.",
        "Members were given the valuation in a Part II item at the last meeting.",
    ];

    /// <summary>Internal markings left at the top of a draft.</summary>
    public static IReadOnlyList<string> Markings { get; } =
    [
        "INTERNAL USE ONLY: check the final figures with finance before issue.",
        "OFFICIAL-SENSITIVE",
        "Draft not for release. Awaiting sign-off from the Cabinet Member.",
    ];

    /// <summary>What a backbench or opposition councillor says when quoted where the protocol does not allow it.</summary>
    public static IReadOnlyList<string[]> WardMemberQuotes { get; } =
    [
        ["I know how much this matters to people in {ward}.", "I will keep pressing for it to be finished on time."],
        ["Residents in {ward} have waited a long time for this, and I am glad it is finally happening."],
    ];

    /// <summary>A quotation with no speaker.</summary>
    public static IReadOnlyList<string> Unattributed { get; } =
    [
        "We are delighted with the result and grateful to everyone who helped.",
        "It will make a real difference to people's lives.",
    ];

    /// <summary>Notes to editors any release may end with.</summary>
    public static IReadOnlyList<string> GeneralNotes { get; } =
    [
        "Interviews can be arranged on request through the press office.",
        "Follow the council on social media for updates.",
        "Wreake Valley Borough Council serves about 118,000 residents in twelve wards.",
    ];
}
