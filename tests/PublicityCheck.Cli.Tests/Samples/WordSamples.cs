using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Samples.WordSampleWriter;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Samples;

/// <summary>
/// The text of the Word samples in <c>samples/</c>: releases of the fictional Wreake Valley Borough Council. What
/// each one should raise is in <c>samples/README.md</c>. After changing a release here, write the files again with
/// <c>PUBLICITYCHECK_WRITE_SAMPLES=1 dotnet test --filter WriteWordSamples_WhenAsked</c>.
/// </summary>
internal static class WordSamples
{
    /// <summary>Every Word sample, by file name.</summary>
    public static IReadOnlyList<WordSample> All { get; } =
    [
        new("2026-02-26-town-centre-regeneration.docx", TownCentreRegeneration),
        new("2026-03-06-hollin-bridge-road-closure.docx", HollinBridgeRoadClosure),
        new("2026-03-09-local-plan-consultation.docx", LocalPlanConsultation),
        new("2026-03-11-parks-award-draft.docx", ParksAwardDraft),
        new("2026-03-12-home-energy-grants-draft.docx", HomeEnergyGrantsDraft),
        new("2026-03-13-corn-exchange-lease.docx", CornExchangeLease),
    ];

    private static string[] Contact =>
    [
        Heading("Contact"),
        Para("Communications Team, Wreake Valley Borough Council"),
        Para("Telephone: 01632 960 410"),
        Para("Email: press@wreakevalley.gov.uk"),
    ];

    /// <summary>Clean; a table of key facts.</summary>
    private static WordDocumentBuilder TownCentreRegeneration() =>
        Release("Work to start on £12 million Easterby Market Place scheme")
            .Body(
                Headline("Work to start on £12 million Easterby Market Place scheme"),
                Para("Date: 26 February 2026"),
                Para("Work will start on 16 March 2026 on the first phase of the Easterby Market Place regeneration scheme, which will turn the town's main square into a pedestrian-friendly space for markets, events and outdoor seating."),
                Para("The £12 million scheme is funded by Wreake Valley Borough Council and a £7.5 million grant from the government's Levelling Up Fund. It will repave the square in natural stone, plant 32 new trees, move parking to the edge of the town centre and bring the empty upper floors of the former Co-operative building back into use as eight flats and a business hub."),
                Heading("Key facts"),
                Table(
                    ("Scheme", "Easterby Market Place regeneration"),
                    ("Total cost", "£12 million"),
                    ("Funding", "£7.5 million Levelling Up Fund; £4.5 million from the council"),
                    ("Phase one", "March 2026 to December 2026: the square and Sheep Street"),
                    ("Phase two", "January 2027 to September 2027: the former Co-operative building"),
                    ("Contractor", "Hartwell Civil Engineering Ltd")),
                Para("The weekly market will move to Church Street and the Wednesday farmers' market to the library car park while work on the square takes place. All shops will stay open throughout, and signs will show the way round the works."),
                Para("Councillor Gareth Lowe, Cabinet Lead Member for Planning and Regeneration, said:"),
                Quote("\"This is the biggest investment in Easterby town centre for a generation. Traders told us they wanted a square people would want to spend time in, and the design has been shaped by more than 900 responses to our consultation last year.\""),
                Para("Councillor Helen Marsh, Leader of Wreake Valley Borough Council, said:"),
                Quote("\"We know building work brings disruption, and we have planned it with traders so that the busiest weeks of the year, including the Christmas lights switch-on, are kept clear of the works.\""),
                Para("Tom Farrant, the council's Head of Planning and Regeneration, said:"),
                Quote("\"Our town centre team will be on the Market Place every Tuesday morning during the works, so that businesses and residents can ask questions face to face.\""),
                Heading("Notes to editors"),
                Para("1. The Levelling Up Fund grant was awarded in January 2024."),
                Para("2. Visualisations of the finished square are available on request."),
                Para("3. Updates on the works will be published weekly on the council's website."))
            .Body(Contact);

    /// <summary>Clean; a header and a footer.</summary>
    private static WordDocumentBuilder HollinBridgeRoadClosure() =>
        Release("Hollin Bridge to close for repairs")
            .Header("Wreake Valley Borough Council | News release")
            .Footer("Communications Team | 01632 960 410 | press@wreakevalley.gov.uk")
            .Body(
                Headline("Hollin Bridge to close for three weeks for repairs"),
                Para("Date: 6 March 2026"),
                Para("The historic bridge carrying Bridge Street over the River Wreake at Hollin Bridge will close to traffic from Monday 23 March to Sunday 12 April 2026 so that damaged stonework can be repaired."),
                Para("An inspection after the floods in November 2024 found that water had washed mortar out of the joints in two of the bridge's three arches. The work will repoint the arches, replace 40 damaged stones with matching stone from the original quarry and renew the parapet on the upstream side."),
                Para("The bridge is owned by Wreake Valley Borough Council and is a Grade II listed structure. The repairs have been agreed with Historic England and the Environment Agency."),
                Heading("Diversion and access"),
                Para("A signed diversion for vehicles will run via the A607 and Mardale Road, adding about four miles to journeys. Pedestrians and cyclists will be able to cross the bridge at all times using a protected walkway, except on the night of Thursday 2 April, when the parapet is lifted into place."),
                Para("Bus service 27 will follow the diversion and will not stop at Hollin Bridge village hall; a temporary stop will be placed on Mardale Road. Emergency services have been told about the closure and will keep access."),
                Para("Councillor Joanna Whitlock, Cabinet Lead Member for Environment and Waste, said:"),
                Quote("\"Hollin Bridge has stood for more than two hundred years, and these repairs will keep it safe for many more. We have timed the work for the Easter school holidays, when traffic is lighter, and I would like to thank residents for their patience.\""),
                Para("Mark Ellison, the council's Head of Environmental Services, said:"),
                Quote("\"The contractor will work seven days a week to keep the closure as short as possible. Anyone with questions about access during the works can call the project team on 01632 960 488.\""),
                Heading("Notes to editors"),
                Para("1. The repairs will cost £310,000, paid for from the council's capital programme."),
                Para("2. The contractor is Northgate Masonry Ltd, which specialises in historic structures."),
                Para("3. A photo opportunity at the bridge can be arranged during the works; please contact the press office."))
            .Body(Contact);

    /// <summary>Clean; a footnote.</summary>
    private static WordDocumentBuilder LocalPlanConsultation() =>
        Release("Residents asked for their views on where new homes should go")
            .Footnote("The Local Plan must be examined by an independent planning inspector, appointed by the Secretary of State, before the council can adopt it.")
            .Body(
                Headline("Residents asked for their views on where new homes should go"),
                Para("Date: 9 March 2026"),
                Para("Residents, businesses and community groups are being asked for their views on the draft Wreake Valley Local Plan, which sets out where around 7,800 new homes and 35 hectares of employment land should go between 2026 and 2041."),
                P(Run("The eight-week consultation opens on Monday 16 March and closes at 5pm on Monday 11 May 2026. Once the comments have been considered, a final version of the plan will be submitted for independent examination"), FootnoteReference(1), Run(".")),
                Para("The draft plan proposes that most new homes are built on the edge of Easterby and at two new neighbourhoods at Kettleby Moor and Mardale Fields, each with a primary school, a health centre and local shops. It also sets out policies on affordable housing, design, flood risk and protecting green spaces between villages."),
                Heading("How to take part"),
                Para("The draft plan, maps of every proposed site and an online response form are on the council's website. Printed copies can be read at Wreake House and at the borough's five libraries."),
                Para("Officers from the planning policy team will be at drop-in events in Easterby, Hollin Bridge, Mardale, Kettleby Moor and St Wystan's during March and April, where people can look at the maps and ask questions. Dates and times are on the council's website."),
                Para("Councillor Gareth Lowe, Cabinet Lead Member for Planning and Regeneration, said:"),
                Quote("\"The Local Plan will shape the borough for the next fifteen years, so it is important that as many people as possible have their say. Comments made now can change the plan, and every response will be read.\""),
                Para("Tom Farrant, the council's Head of Planning and Regeneration, said:"),
                Quote("\"The most useful comments are the ones that tell us something specific about a site or a policy. Our team will be happy to help anyone who is not sure how to respond.\""),
                Heading("Notes to editors"),
                Para("1. The current Local Plan was adopted in 2015 and runs to 2030."),
                Para("2. The number of homes is based on the government's standard method for assessing housing need."),
                Para("3. A summary of the comments received will be published with the final version of the plan."))
            .Body(Contact);

    /// <summary>PC0003 and PC0004: a tracked change and a reviewer comment left in the draft.</summary>
    private static WordDocumentBuilder ParksAwardDraft() =>
        Release("Abbey Meadows wins regional parks award")
            .Comment(1, "Can we check the visitor figure with the parks team before this goes out?")
            .Body(
                Headline("Abbey Meadows wins regional parks award"),
                Para("Date: 11 March 2026"),
                Para("Abbey Meadows in Easterby has been named Park of the Year at the East Midlands Parks and Open Spaces Awards, in recognition of the work done by council staff and volunteers to restore its wildflower meadows and riverside paths."),
                P(Run("The judges praised the park's new sensory garden, the restored Victorian bandstand and the way the Friends of Abbey Meadows group and the council's parks team work together. The park now welcomes "), CommentStart(1), Del("more than 300,000"), Ins("around 350,000"), CommentEnd(1), Run(" visitors a year.")),
                Para("Over the past three years, volunteers have given more than 4,000 hours to the park, planting 12,000 bulbs, surveying birds and bats, and running a monthly litter pick. Schools in Easterby use the meadows for outdoor lessons, and the park hosts the borough's summer concert series."),
                Para("Councillor Priya Mistry, Cabinet Lead Member for Leisure and Culture, said:"),
                Quote("\"This award belongs to everyone who cares for Abbey Meadows, from our grounds staff to the volunteers who turn out whatever the weather. It shows what can be done when a council and its community work together.\""),
                Para("Sam Whitaker, the council's Parks and Open Spaces Manager, said:"),
                Quote("\"The judges were particularly impressed by the meadow restoration, which has brought back plants and insects we had not seen in the park for decades. We are already planning the next phase along the river.\""),
                Para("The award will be presented at a ceremony in Nottingham on 24 March 2026. Abbey Meadows will celebrate with a free family day on Sunday 19 April, with guided walks, bug hunts and music on the bandstand."),
                Heading("Notes to editors"),
                Para("1. The East Midlands Parks and Open Spaces Awards are run each year by a regional network of parks professionals."),
                Para("2. Abbey Meadows covers 28 hectares and has been owned by the council since 1921."),
                Para("3. New volunteers are always welcome; details are on the council's website."))
            .Body(Contact);

    /// <summary>PC0402: the OFFICIAL-SENSITIVE marking left in the page header of a draft.</summary>
    private static WordDocumentBuilder HomeEnergyGrantsDraft() =>
        Release("Grants of up to £10,000 to make homes warmer")
            .Header("OFFICIAL-SENSITIVE")
            .Footer("Wreake Valley Borough Council | News release")
            .Body(
                Headline("Grants of up to £10,000 to make homes warmer and cheaper to heat"),
                Para("Embargoed until 00:01, Thursday 12 March 2026"),
                Para("Homeowners and private tenants on low incomes in Wreake Valley can apply for grants of up to £10,000 to insulate their homes and install heat pumps or solar panels, under a new scheme launched by Wreake Valley Borough Council today."),
                Para("The Warm Homes Wreake Valley scheme is funded by a £2.3 million grant from the government's Warm Homes: Local Grant and is expected to help around 230 households over the next three years. Work is carried out by approved local installers, and the council's energy advice team arranges the survey and checks the work once it is finished."),
                Para("Households are eligible if their total income is below £36,000 a year, or if someone in the home receives a means-tested benefit, and if their home has an energy performance certificate rating of D to G. Private landlords can apply for homes they let to eligible tenants, and will contribute a third of the cost."),
                Para("Councillor Joanna Whitlock, Cabinet Lead Member for Environment and Waste, said:"),
                Quote("\"A warm home should not be a luxury. These grants will cut energy bills for households who need the help most, and they will also reduce the borough's carbon emissions.\""),
                Para("Councillor Rajesh Patel, Deputy Leader of the council and Cabinet Lead Member for Communities, said:"),
                Quote("\"Many of the households who contact us about money worries are living in homes that are expensive to heat. I would encourage anyone who thinks they may be eligible to get in touch.\""),
                Para("Nadia Hussain, the council's Energy Advice Officer, said:"),
                Quote("\"Our team will talk people through the whole process, from the first phone call to the final inspection. There is no cost to apply and no obligation to go ahead.\""),
                Para("Residents can check whether they are eligible and apply on the council's website, or by calling the energy advice line on 01632 960 492."),
                Heading("Notes to editors"),
                Para("1. Warm Homes: Local Grant is a government scheme run by councils in England."),
                Para("2. The council's energy advice team has given free advice to more than 1,900 households since 2023."))
            .Body(Contact);

    /// <summary>PC0401 suppressed by a reviewer comment with the Monitoring Officer's approval.</summary>
    private static WordDocumentBuilder CornExchangeLease() =>
        Release("Corn Exchange to become a community arts venue")
            .Comment(1, "publicitycheck-disable PC0401 -- approved by the Monitoring Officer, 2 March 2026")
            .Body(
                Headline("Corn Exchange to become a community arts venue"),
                Para("Date: 13 March 2026"),
                Para("The Corn Exchange in Easterby is to reopen as a community arts venue after Wreake Valley Borough Council's Cabinet agreed to lease the building to the Wreake Valley Arts Trust for 25 years."),
                Para("The Grade II listed building, which has been closed since 2022, will be restored by the trust with a £1.9 million grant from the National Lottery Heritage Fund. Plans include a 200-seat performance space, rehearsal rooms, a café and a gallery for local artists, with the first performances expected in autumn 2027."),
                P(Run("The Cabinet agreed the lease at its meeting on 12 March. "), CommentStart(1), Run("The lease terms were considered in closed session"), CommentEnd(1), Run(", and the lease is expected to be signed in April.")),
                Para("The council will keep the freehold of the building and will pay for repairs to the roof and clock tower before the lease starts, using £420,000 already set aside in its capital programme."),
                Para("Councillor Priya Mistry, Cabinet Lead Member for Leisure and Culture, said:"),
                Quote("\"The Corn Exchange has been at the heart of Easterby for 170 years. Giving it a new life as an arts venue, run by people who know and love the town, is the best possible future for it.\""),
                Para("Councillor Daniel Okafor, Cabinet Lead Member for Finance and Assets, said:"),
                Quote("\"A long lease means the building will be looked after and used, rather than standing empty and costing the council money to maintain.\""),
                Para("Rebecca Holt, Chief Executive of Wreake Valley Borough Council, said:"),
                Quote("\"Council staff have worked with the trust for two years on this plan, and I am delighted that it has reached this point.\""),
                Heading("Notes to editors"),
                Para("1. The Corn Exchange was built in 1856 and was used as a market hall and dance hall until the 1990s."),
                Para("2. The Wreake Valley Arts Trust is a registered charity set up in 2021 by local arts groups."),
                Para("3. Images of the proposed interior are available on request."))
            .Body(Contact);
}
