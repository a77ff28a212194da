namespace PublicityCheck.Benchmarks.Generation;

/// <summary>The topics the generated releases are about, each with the sentences it is written from.</summary>
internal static class ReleaseTopics
{
    /// <summary>Every topic.</summary>
    public static IReadOnlyList<ReleaseTopic> All { get; } =
    [
        new("leisure-centre")
        {
            Lead = "Priya Mistry",
            Officer = "Aisha Rahman",
            Externals = ["Peter Langley", "Margaret Ellis"],
            Places = ["Easterby Leisure Centre", "Kettleby Moor Pool", "Mardale Sports Centre"],
            Headlines =
            [
                "{place} reopens after £4.2 million refurbishment",
                "New changing rooms and fitness suite for {place}",
                "{place} to reopen with a free open day",
            ],
            Openings =
            [
                "{place} in {ward} will reopen to the public on {day1} after a refurbishment that has replaced the changing rooms and renewed the pool hall, the council confirmed on {date}.",
                "Swimmers and gym users in {ward} will be back in a modernised {place} from {day1}, {council} announced on {date}.",
                "After nine months behind hoardings, {place} in {ward} is ready to welcome swimmers again from {day1}, the council said on {date}.",
            ],
            Facts =
            [
                "The £4.2 million scheme includes a new accessible changing room with a hoist, LED lighting throughout and a larger fitness suite with 40 new stations.",
                "Solar panels on the roof of the sports hall are expected to provide about a fifth of the building's electricity, cutting running costs and carbon emissions.",
                "Swimming lessons will restart in the week after the reopening, and families already booked on the programme have been contacted by the centre.",
                "Membership prices are unchanged, and holders of the Wreake Valley Leisure Card will keep their 50 per cent discount on swimming and gym sessions.",
                "While the centre was closed, more than 1,200 regular users moved to sessions at neighbouring pools, with a free shuttle bus on weekday evenings.",
                "The pool hall roof, which had leaked for several winters, has been replaced with an insulated roof that should last at least forty years.",
            ],
            Details =
            [
                "A free open day will run on {day1} from {time1} to {time2}, with taster sessions in the pool, the fitness suite and the sports hall. No booking is needed.",
                "Opening times will be 6.30am to 10pm on weekdays and 7am to 6pm at weekends, with lane swimming every morning before 9am. Family swims return on {day2}.",
            ],
            MemberQuotes =
            [
                ["The new changing rooms and the accessible facilities were the changes users asked for most often when we consulted them.", "I hope people will come along to the open day and see the difference for themselves."],
                ["{place} has been at the heart of {ward} for decades, and this work means it can stay there for many more.", "I want to thank every club and every swimmer for their patience while the doors were shut."],
                ["Keeping active is one of the best things any of us can do for our health, and good local facilities make that easier.", "The prices have not gone up, so there is no reason not to give it a try."],
            ],
            OfficerQuotes =
            [
                ["Our staff have been working hard to get everything ready for the reopening.", "The lesson programme is already nearly full, so anyone hoping to join should contact the centre soon."],
                ["We have tested every piece of new equipment and trained the team on the new hoist and changing bench.", "If anyone has a question about access, they can ring us before they visit and we will talk it through."],
            ],
            ExternalQuotes =
            [
                ["Our club has been training in three different pools since the closure, so we can't wait to be home again.", "The young swimmers have been brilliant about it."],
                ["I swim here four mornings a week and I've really missed it.", "It's more than exercise for a lot of us, it's where we see our friends."],
            ],
            Notes =
            [
                "The refurbishment was approved by the council's Cabinet on 12 September 2024.",
                "The contractor was Brightwater Construction Ltd, appointed after an open tender.",
                "Photographs of the new pool hall and changing rooms are available on request.",
                "Media are welcome to attend the open day; please contact the press office to arrange a time.",
            ],
        },
        new("library-hours")
        {
            Lead = "Priya Mistry",
            Officer = "Owen Pritchard",
            Externals = ["Margaret Ellis", "Susan Achebe"],
            Places = ["Easterby Library", "Hollin Bridge Library", "Mardale Library"],
            Headlines =
            [
                "Longer opening hours at {place}",
                "{place} to open on Sunday afternoons",
                "Later evenings and a new study room for {place}",
            ],
            Openings =
            [
                "{place} in {ward} will open later on weekday evenings and on Sunday afternoons from {day1}, the council announced on {date}.",
                "Readers in {ward} will be able to use {place} for an extra nine hours a week from {day1}, after a review of how the borough's libraries are used, {council} said on {date}.",
            ],
            Facts =
            [
                "The new hours follow a survey last autumn in which more than 1,400 people told the council when they would most like to use their library.",
                "The library will stay open until 7pm on Tuesdays and Thursdays, and from 1pm to 4pm on Sundays, with the quiet study room available throughout.",
                "A self-service kiosk installed in January means that members can borrow and return books when staff are busy running events.",
                "Free wi-fi, public computers and printing at 10p a page remain available, and children's books can still be borrowed without fines.",
                "The extra hours are being met from the existing library budget by changing staff rotas, with no reduction in hours at any other branch.",
            ],
            Details =
            [
                "Rhyme time for under-fives runs every {weekday} at {time1}, and the homework club meets after school from 3.30pm to 5pm on weekdays.",
                "A local history talk on the mills of the Wreake valley will be held at the library on {day1} at {evening}; places are free but should be booked.",
            ],
            MemberQuotes =
            [
                ["Libraries are one of the few places left where anyone can walk in, stay warm and learn something without paying a penny.", "Opening later in the evening means people who work during the day can use them too."],
                ["We asked people when they wanted their library open and they told us clearly.", "These new hours answer that survey, and I am delighted we could make them work without extra cost."],
                ["{place} is busier now than it has been for ten years, which shows how much it is valued in {ward}."],
            ],
            OfficerQuotes =
            [
                ["Our staff suggested many of the rota changes themselves, and they are looking forward to seeing new faces in the evenings.", "If you have not been in for a while, come and see what we offer now."],
                ["Sunday opening has worked well in other towns, especially for families and students.", "We will look at the numbers after six months and adjust the hours if we need to."],
            ],
            ExternalQuotes =
            [
                ["I have been coming to this library since I was a girl and it has never been so busy.", "Later opening will help a lot of people who cannot get here in the day."],
                ["The library's local studies collection is a treasure, and more hours means more people will discover it."],
            ],
            Notes =
            [
                "The borough's five libraries lent more than 310,000 books, e-books and audiobooks in 2025.",
                "Library membership is free for everyone who lives, works or studies in the borough.",
                "The full list of opening hours is on the council's website.",
            ],
        },
        new("bin-collections")
        {
            Lead = "Joanna Whitlock",
            Officer = "Mark Ellison",
            Externals = ["Imran Qureshi", "Margaret Ellis"],
            Places = ["the Kettleby Moor depot", "the northern rounds", "the town centre rounds"],
            Headlines =
            [
                "Bin collection days change in {ward}",
                "New recycling rounds for {ward} and {ward2}",
                "Garden waste collections restart for the spring",
            ],
            Openings =
            [
                "Households in {ward} will have their bins collected on a different day from {day1}, as the council reorganises its rounds to take account of new homes built in the borough, it was confirmed on {date}.",
                "About 4,800 homes in {ward} and {ward2} are moving to new bin collection days from {day1}, {council} said on {date}.",
            ],
            Facts =
            [
                "The rounds have been redrawn for the first time since 2017, and the changes will let the council serve the 1,300 homes built since then without buying an extra lorry.",
                "Every affected household will receive a letter and a new calendar at least two weeks before the change, and the new days can already be checked online by postcode.",
                "Recycling and general waste will still be collected on alternate weeks, and food waste caddies will continue to be emptied every week.",
                "Crews will collect any extra recycling left out in clear bags beside the bin during the first fortnight of the new rounds.",
                "The borough recycled 47 per cent of its household waste last year, up from 43 per cent two years earlier.",
            ],
            Details =
            [
                "Garden waste collections restart on {day1} for households that have renewed their permit, which costs £48 for the year.",
                "Residents who are not sure of their new day can call the contact centre on 01632 960 300 between {time1} and 5pm on weekdays.",
            ],
            MemberQuotes =
            [
                ["Nobody likes a change to their bin day, so we have kept it to the fewest streets possible.", "Redrawing the rounds now saves money and keeps lorries off the road, which is better for everyone."],
                ["Our crews do a brilliant job in all weathers and the new rounds will make their working day more manageable.", "Please check your letter and put your bins out by 7am on the new day."],
                ["Recycling rates in {ward} are among the best in the borough, and I want to thank residents for that."],
            ],
            OfficerQuotes =
            [
                ["We have tested the new routes with the crews over several weeks to make sure they work.", "If a collection is missed in the first fortnight, report it online and we will come back within two working days."],
                ["The biggest change is for homes on the edge of {ward}, which move from a Tuesday to a Thursday.", "Everyone else keeps the same day."],
            ],
            ExternalQuotes =
            [
                ["The council came to our residents' meeting to explain the changes, which we appreciated.", "As long as the letters arrive in time, I think people will be fine."],
                ["I've had the same bin day for twenty years, but I can see why it has to change with all the new houses."],
            ],
            Notes =
            [
                "The council empties about 2.3 million bins a year.",
                "Bins should be put out by 7am on collection day and taken in the same evening.",
                "Garden waste permits can be bought online or by phone.",
            ],
        },
        new("parks")
        {
            Lead = "Joanna Whitlock",
            Officer = "Sam Whitaker",
            Externals = ["Ben Okoro", "Imran Qureshi"],
            Places = ["Castle Hill Park", "Riverside Gardens", "Millbrook Recreation Ground"],
            Headlines =
            [
                "New play area opens at {place}",
                "{place} keeps its Green Flag award",
                "Tree planting day at {place}",
            ],
            Openings =
            [
                "Children in {ward} have a new play area at {place} from {day1}, after a £180,000 project that replaced equipment more than twenty years old, the council said on {date}.",
                "Volunteers are invited to help plant 400 native trees at {place} in {ward} on {day1}, {council} announced on {date}.",
            ],
            Facts =
            [
                "The new play area includes a wheelchair-accessible roundabout, a sensory panel and a climbing frame designed for older children, chosen after a consultation with local schools.",
                "The surfacing is made from recycled rubber, and new benches and a drinking fountain have been installed beside the entrance.",
                "The trees include oak, field maple, hawthorn and wild cherry, and have been chosen to support birds and insects as well as to give shade.",
                "The park was given a Green Flag award last summer for the fourth year running, recognising its management, cleanliness and work with volunteers.",
                "The work was paid for from developer contributions collected when new homes were built nearby, and from the council's parks budget.",
            ],
            Details =
            [
                "The tree planting runs from {time1} to {time2} on {day1}; tools, gloves and refreshments are provided and no experience is needed.",
                "An opening event with face painting and a visit from the park rangers will take place on {day1} from {time1}.",
            ],
            MemberQuotes =
            [
                ["Good parks make a real difference to people's health and to how they feel about where they live.", "This play area has been designed with families, and it shows."],
                ["Every tree we plant now will be cooling streets and cleaning the air for decades to come.", "I hope plenty of people will come along and get their hands dirty."],
            ],
            OfficerQuotes =
            [
                ["Our rangers will keep a close eye on the new equipment in the first few weeks.", "If anyone spots damage, please report it on the council's website so we can fix it quickly."],
                ["Planting in late winter gives the young trees the best chance of getting established before the summer."],
            ],
            ExternalQuotes =
            [
                ["The old play area was looking tired, and my children have been counting down the days.", "It's lovely to have something right on our doorstep."],
                ["Residents have asked for more trees here for years, so this is really welcome."],
            ],
            Notes =
            [
                "The council manages 62 parks and open spaces covering about 340 hectares.",
                "Green Flag awards are given each year by Keep Britain Tidy.",
                "Photographs of the new play area are available from the press office.",
            ],
        },
        new("car-parks")
        {
            Lead = "Gareth Lowe",
            Officer = "Kieran Doyle",
            Externals = ["Martin Shaw", "Graham Whitfield"],
            Places = ["Station Road car park", "Market Street car park", "Church Lane car park"],
            Headlines =
            [
                "{place} to close for resurfacing",
                "Electric vehicle chargers for {place}",
                "Brighter lighting and more disabled bays at {place}",
            ],
            Openings =
            [
                "{place} in {ward} will close from {day1} for three weeks while it is resurfaced and relined, the council said on {date}.",
                "Eight new electric vehicle charging points will be installed at {place} in {ward} from {day1}, {council} confirmed on {date}.",
            ],
            Facts =
            [
                "The car park's surface has been patched many times since it was last rebuilt in 2004, and the work will also add brighter lighting and two more disabled bays.",
                "While the car park is closed, drivers are asked to use the other town centre car parks, all within five minutes' walk of the shops.",
                "The chargers will be fast units of 22kW, with contactless payment, and drivers will pay the same tariff as at the council's other charging points.",
                "Parking charges will not change this year, and the first hour remains free in every council car park in the borough.",
                "Season tickets for people who work in the town centre will be extended free of charge for the weeks the car park is closed.",
            ],
            Details =
            [
                "Work will run from {time1} to {evening} on weekdays, and the car park will reopen by {day2} at the latest.",
                "Temporary signs will direct drivers to the nearest alternative car parks from {day1}.",
            ],
            MemberQuotes =
            [
                ["We know how important parking is to the shops and market in the town centre, so we have timed the work to avoid the busiest weeks.", "The finished car park will be safer and easier to use."],
                ["More people are switching to electric cars, and they need somewhere reliable to charge them.", "This is a practical step that also helps the town meet its climate goals."],
            ],
            OfficerQuotes =
            [
                ["The contractor will work in sections so that the pay machines can be replaced at the same time.", "We will update the council's website if the weather affects the timetable."],
                ["We picked this car park because it has the power supply we need and is close to the shops."],
            ],
            ExternalQuotes =
            [
                ["Most of our customers drive in, so we were worried at first.", "Knowing there's parking a few minutes away makes a big difference."],
                ["Market days will be busy, but the other car parks should cope if people know about them."],
            ],
            Notes =
            [
                "The council runs 14 car parks with about 2,600 spaces.",
                "Parking tariffs are published on the council's website.",
                "Blue Badge holders park free in all council car parks.",
            ],
        },
        new("local-plan")
        {
            Lead = "Gareth Lowe",
            Officer = "Tom Farrant",
            Externals = ["Susan Achebe", "Imran Qureshi"],
            Places = ["land north of Mardale Road", "the former Tanyard Lane depot", "land off Hollin Bridge Road"],
            Headlines =
            [
                "Have your say on the draft local plan",
                "Consultation opens on where new homes should go",
                "Drop-in sessions on the local plan come to {ward}",
            ],
            Openings =
            [
                "Residents and businesses in {ward} and across the borough are being asked for their views on the draft local plan, which sets out where about 7,400 new homes should go by 2042, the council announced on {date}.",
                "A consultation on the draft local plan opens on {day1}, and a drop-in session will be held in {ward} so people can see the proposals for {place}, {council} said on {date}.",
            ],
            Facts =
            [
                "The plan proposes most new homes on sites next to existing towns, close to bus routes and services, and protects the open countryside between Easterby and Kettleby Moor.",
                "It includes a new policy requiring at least 30 per cent of homes on larger sites to be affordable, and higher standards of energy efficiency for new buildings.",
                "The site at {place} is proposed for around 220 homes, a primary school and a new footpath link to the river.",
                "Once the consultation closes, every comment will be read and the plan will be revised before it is submitted to the government for an independent examination.",
                "The current local plan was adopted in 2016 and no longer reflects the number of homes the borough is expected to provide.",
            ],
            Details =
            [
                "The consultation runs until 5pm on {deadline}. Comments can be made online, by email or on paper forms available in every library.",
                "Planning officers will be at the community centre on {day1} from {time2} to {evening} to answer questions.",
            ],
            MemberQuotes =
            [
                ["New homes will be built whether we have a plan or not; having a plan means we decide where they go and what comes with them.", "Please take the time to look at the proposals and tell us what you think."],
                ["We want growth that brings schools, surgeries and green space with it, not just houses.", "Every comment made in this consultation will be read."],
            ],
            OfficerQuotes =
            [
                ["The maps and evidence documents are all online, but we know many people prefer to talk it through in person.", "That is why we are holding drop-in sessions in every part of the borough."],
                ["The more specific a comment is, the more useful it is to us when we revise the plan."],
            ],
            ExternalQuotes =
            [
                ["We will be looking carefully at how the plan protects the conservation areas.", "I would encourage every member of the society to respond."],
                ["People in {ward} have strong views about traffic, and this is the moment to make them heard."],
            ],
            Notes =
            [
                "The draft local plan and its evidence base are available on the council's website and at every library.",
                "The plan covers the period 2026 to 2042.",
                "An independent planning inspector will examine the plan after it is submitted.",
            ],
        },
        new("market")
        {
            Lead = "Gareth Lowe",
            Officer = "Fiona Ashworth",
            Externals = ["Graham Whitfield", "Martin Shaw"],
            Places = ["Easterby market", "Market Square", "the Corn Exchange"],
            Headlines =
            [
                "New stalls and evening markets for Easterby",
                "Shop front grants to bring more visitors to the town centre",
                "Street food traders invited to apply for pitches at {place}",
            ],
            Openings =
            [
                "Easterby's outdoor market will gain twelve new stalls and a monthly evening food market from {day1}, as part of plans to bring more people from {ward} and beyond into the town centre, the council said on {date}.",
                "Businesses in {ward} are being invited to apply for grants of up to £5,000 to improve their shop fronts, {council} announced on {date}.",
            ],
            Facts =
            [
                "The market has traded in Easterby since its charter was granted in 1287, and today has 38 regular traders on Tuesdays, Fridays and Saturdays.",
                "The new stalls have built-in lighting and power, so traders no longer need generators, and the canopies are designed to stand up to strong winds.",
                "The shop front grants will cover up to half the cost of new signs, paintwork, lighting and repairs to traditional features.",
                "Footfall in the town centre rose by 6 per cent last year, and the number of empty shops fell from 31 to 24.",
                "The scheme is paid for from the UK Shared Prosperity Fund, which the council administers for the borough.",
            ],
            Details =
            [
                "The first evening food market will be held on {day1} from {evening} to 9pm, with live music in Market Square.",
                "Applications for grants close at 5pm on {deadline}; businesses can get advice from the economic development team beforehand.",
            ],
            MemberQuotes =
            [
                ["A busy market is the beating heart of a market town, and we want Easterby's to be the best in the county.", "These new stalls give traders what they need to do well."],
                ["Small businesses are the backbone of our economy.", "A smart shop front can make a real difference to how many people step through the door."],
            ],
            OfficerQuotes =
            [
                ["We have already had enquiries from street food traders from across the region.", "Pitches will be allocated fairly, with priority for businesses based in the borough."],
                ["Our team can help with the application form and with any planning permission a new sign might need."],
            ],
            ExternalQuotes =
            [
                ["The new stalls are a big improvement on what we had.", "I'm hoping the evening market brings in younger customers."],
                ["Anything that gets people into town is good for all of us on Market Street."],
            ],
            Notes =
            [
                "Easterby market trades on Tuesdays, Fridays and Saturdays from 8am to 4pm.",
                "Information on the Shared Prosperity Fund is on the council's website.",
                "Traders interested in a pitch can contact the markets office on 01632 960 455.",
            ],
        },
        new("budget")
        {
            Lead = "Daniel Okafor",
            Officer = "Claire Dunmore",
            Externals = ["Julie Barnes"],
            Places = ["the Civic Centre"],
            Headlines =
            [
                "Council agrees its budget for 2026/27",
                "Council tax support scheme protects households on the lowest incomes",
                "Budget keeps the council's share of council tax rise below the limit",
            ],
            Openings =
            [
                "{council} agreed its budget for 2026/27 at a meeting of the full council on {date}, setting its share of council tax for a Band D home in {ward} and the rest of the borough at £214.56 a year.",
                "Households on the lowest incomes in {ward} and across the borough will continue to receive up to 100 per cent off their council tax bill, after the council confirmed its support scheme on {date}.",
            ],
            Facts =
            [
                "The increase of 2.99 per cent is below the limit set by the government and adds about 12p a week to a Band D bill.",
                "The budget includes £3.1 million for repairs to community buildings, £850,000 for new play equipment and £400,000 to tackle fly-tipping.",
                "Savings of £1.4 million have been found, mainly by sharing services with neighbouring councils and reducing the council's office space.",
                "The borough council keeps about 11p of every pound of council tax paid; the rest goes to the county council, the police and the fire service.",
                "The council's general reserves will stay at £4.5 million, the level the Strategic Director of Finance advises is prudent.",
            ],
            Details =
            [
                "Council tax bills will be sent out from {day1}, and the first instalment is due on 1 April.",
                "Anyone worried about paying can call the council tax team on 01632 960 320 between {time1} and 5pm on weekdays.",
            ],
            MemberQuotes =
            [
                ["This is a careful budget in difficult times.", "We have protected the services people rely on most while keeping the increase as low as we responsibly can."],
                ["Every pound in this budget has been looked at twice.", "The savings we have found come from the way we work, not from the services residents see."],
            ],
            OfficerQuotes =
            [
                ["The budget is balanced without using reserves to meet day-to-day costs, which is important for the years ahead.", "The medium term financial strategy will be reviewed again in the autumn."],
                ["Anyone who is finding it hard to pay should contact us early, because there is help available."],
            ],
            ExternalQuotes =
            [
                ["We see families every week who are one bill away from crisis.", "Keeping the support scheme at this level will make a real difference to them."],
            ],
            Notes =
            [
                "The budget report and its appendices are published on the council's website.",
                "A Band D council tax bill includes charges from the county council, the police and crime commissioner and the fire authority.",
                "Council tax support can be applied for on the council's website or by phone.",
            ],
        },
        new("housing")
        {
            Lead = "Rajesh Patel",
            Officer = "Jenny Cartwright",
            Externals = ["Amina Yusuf", "Hannah Cole"],
            Places = ["Brook Street", "the former Riverside clinic", "Mill Lane"],
            Headlines =
            [
                "Twenty new council homes completed at {place}",
                "New temporary homes will help families stay in the borough",
                "Council buys homes to cut the use of bed and breakfast",
            ],
            Openings =
            [
                "The first tenants have moved into twenty new council homes at {place} in {ward}, the council said on {date}.",
                "Families who become homeless in the borough will be housed closer to schools and work after the council bought twelve homes for temporary accommodation in {ward} and {ward2}, it was announced on {date}.",
            ],
            Facts =
            [
                "The homes are a mix of two- and three-bedroom houses and one-bedroom flats, built to high standards of insulation with air source heat pumps and solar panels.",
                "They will be let at social rent to households on the housing register with a local connection to the borough.",
                "Using bed and breakfast for families costs the council about £1,100 a week for each household, compared with around £250 for a home it owns.",
                "Last year the council helped 640 households who were homeless or at risk of becoming homeless, and prevented homelessness in more than half of those cases.",
                "The homes were built on land the council already owned, with a grant of £1.6 million from Homes England.",
            ],
            Details =
            [
                "Anyone worried about losing their home should contact the housing options team as early as possible on 01632 960 380, from {time1} to 5pm on weekdays.",
                "An open day for neighbours to see one of the finished homes will be held on {day1} from {time1} to {time2}.",
            ],
            MemberQuotes =
            [
                ["Everyone deserves a safe, warm home they can afford.", "These homes will make a real difference to twenty families, and there are more to come."],
                ["Temporary accommodation should be exactly that, and it should be close to the schools and jobs families already have.", "Buying these homes is better for families and better value for council tax payers."],
            ],
            OfficerQuotes =
            [
                ["The earlier people come to us, the more we can do to help them stay in their home.", "Please do not wait until you have an eviction notice."],
                ["Moving a family out of bed and breakfast and into a proper home changes everything for the children."],
            ],
            ExternalQuotes =
            [
                ["We were in one room for four months, so having our own front door again feels amazing.", "The children have their own bedrooms and they are still at the same school."],
                ["We see the pressure on housing every day at the larder, so more homes for local families can only help."],
            ],
            Notes =
            [
                "There are 2,140 households on the borough's housing register.",
                "The homes were designed by Northgate Architects and built by Castleford Homes Ltd.",
                "Information on housing advice is on the council's website.",
            ],
        },
        new("community-grants")
        {
            Lead = "Rajesh Patel",
            Officer = "Lucy Harrington",
            Externals = ["Hannah Cole", "Julie Barnes"],
            Places = ["the Community Grants Fund", "the Neighbourhood Fund", "the Warm Spaces Fund"],
            Headlines =
            [
                "Community groups invited to apply for grants of up to £5,000",
                "{place} opens for applications",
                "Grants help twenty-six groups across the borough",
            ],
            Openings =
            [
                "Voluntary and community groups in {ward} and across the borough can now apply for grants of up to £5,000 from {place}, the council announced on {date}.",
                "Twenty-six community groups, including three in {ward}, will share £96,000 from {place}, {council} said on {date}.",
            ],
            Facts =
            [
                "Grants can pay for equipment, activities, volunteer training or the running costs of a new project, but not for work a group has already started.",
                "Last year's grants helped a dementia café, a youth football league, a repair café and a scheme delivering hot meals to older people living alone.",
                "Groups do not need to be registered charities, but they must have a constitution and a bank account with two signatories.",
                "A panel of officers and community representatives will assess the applications against the published criteria.",
                "The fund is worth £120,000 this year, an increase of £20,000 on last year.",
            ],
            Details =
            [
                "Applications close at noon on {deadline}, and decisions will be made by the end of the following month.",
                "A free workshop on writing a good application will be held at the Civic Centre on {day1} at {evening}.",
            ],
            MemberQuotes =
            [
                ["Our community groups do extraordinary things on very small budgets.", "These grants are one way we can say thank you and help them do even more."],
                ["Loneliness affects people of every age, and many of the groups we fund tackle it head on.", "I would encourage any group with a good idea to apply."],
            ],
            OfficerQuotes =
            [
                ["The application form is short, and we are happy to read a draft before it is submitted.", "Please get in touch if you are unsure whether your idea fits."],
                ["We are particularly keen to hear from groups working in parts of the borough that have not applied before."],
            ],
            ExternalQuotes =
            [
                ["A grant two years ago paid for our freezers, which means we can now offer fresh food as well as tins.", "It was a straightforward process."],
                ["Small amounts of money go a long way for volunteers."],
            ],
            Notes =
            [
                "Guidance notes and the application form are on the council's website.",
                "Grants are awarded under the council's Community Grants Policy, reviewed in 2025.",
                "A list of the groups funded last year is available on request.",
            ],
        },
        new("home-energy")
        {
            Lead = "Joanna Whitlock",
            Officer = "Nadia Hussain",
            Externals = ["Margaret Ellis", "Hannah Cole"],
            Places = ["Mardale Community Centre", "Tanyard Methodist Hall", "the Civic Centre"],
            Headlines =
            [
                "Free insulation for older homes in {ward}",
                "Energy advice drop-in comes to {place}",
                "Warm Homes grants open to more households",
            ],
            Openings =
            [
                "Homeowners and private tenants in {ward} could have loft and cavity wall insulation fitted free of charge under a scheme launched by the council on {date}.",
                "Residents worried about heating bills can get free, impartial advice at a drop-in session at {place} in {ward} on {day1}, {council} said on {date}.",
            ],
            Facts =
            [
                "Households with an income below £36,000, or with someone receiving certain benefits, can apply, and the council will arrange a survey of the home.",
                "Grants can also pay for draught-proofing, heating controls and, in some homes, a heat pump or solar panels.",
                "Around one in seven households in the borough are in fuel poverty, rising to one in four in parts of {ward}.",
                "The scheme is funded by a £2.4 million government grant, and the work is carried out by installers accredited under the TrustMark scheme.",
                "Tenants need their landlord's permission before work starts, and the council can contact the landlord for them.",
            ],
            Details =
            [
                "The drop-in runs from {time1} to {time2} on {day1}. People should bring a recent energy bill if they can.",
                "Advisers will also visit the library on {day2} from {time1}, and home visits can be arranged for people who cannot get out.",
            ],
            MemberQuotes =
            [
                ["A warm home should not be a luxury.", "Insulation cuts bills for good, and it cuts carbon at the same time."],
                ["Too many people in this borough are choosing between heating and eating.", "If you think you might qualify, please get in touch, because the grants are there to be used."],
            ],
            OfficerQuotes =
            [
                ["Many people who qualify do not realise it, so it is always worth asking.", "The survey takes about an hour and there is no obligation."],
                ["Simple changes such as bleeding radiators and setting the boiler properly can save a household £100 a year."],
            ],
            ExternalQuotes =
            [
                ["My bungalow was always cold, but since the insulation went in I have hardly needed the heating on.", "I wish I had asked years ago."],
                ["Some of the families we see keep the heating off all day, so this advice could really help them."],
            ],
            Notes =
            [
                "Advice is free and impartial; the council does not sell products or services.",
                "Information about the scheme is on the council's website or by calling 01632 960 470.",
                "Fuel poverty figures are from the government's 2025 statistics.",
            ],
        },
        new("community-safety")
        {
            Lead = "Rajesh Patel",
            Officer = "Marcus Bell",
            Externals = ["Rachel Kemp", "Imran Qureshi"],
            Places = ["Riverside Park", "Station Approach", "the Tanyard Lane underpass"],
            Headlines =
            [
                "New CCTV cameras for {place}",
                "Public spaces protection order proposed for {place}",
                "Action on anti-social behaviour in {ward}",
            ],
            Openings =
            [
                "Six new CCTV cameras will be installed around {place} in {ward} from {day1}, after residents and businesses reported a rise in anti-social behaviour, the council said on {date}.",
                "The council and police are asking people in {ward} for their views on a proposed public spaces protection order covering {place}, it was announced on {date}.",
            ],
            Facts =
            [
                "The cameras are monitored from the council's control room, which works closely with the police and shares footage when a crime is reported.",
                "The order would allow officers to ask people to stop drinking alcohol in public and to disperse groups causing a nuisance, with fixed penalties for those who refuse.",
                "Reports of anti-social behaviour in the area rose by 18 per cent last year, with most incidents in the evenings between 6pm and midnight.",
                "Youth workers will run free sessions on two evenings a week at the community centre, paid for from the Safer Streets Fund.",
                "Street lighting along the footpath will be upgraded at the same time, following a request from the community safety partnership.",
            ],
            Details =
            [
                "The consultation closes on {deadline}. Residents can respond online or at a drop-in at the community centre on {day1} from {time2} to {evening}.",
                "Police and council officers will hold a street surgery at {place} on {day1} at {time1}.",
            ],
            MemberQuotes =
            [
                ["Everyone should feel safe in their own neighbourhood.", "These cameras are one part of a wider plan with the police and youth services to tackle the problem at its roots."],
                ["We have listened to residents and acted.", "The measures are proportionate, and they will be reviewed after twelve months."],
            ],
            OfficerQuotes =
            [
                ["CCTV is most effective when it is part of a wider plan, and that is what we have here.", "Please keep reporting incidents, because the figures shape where we put our resources."],
                ["We want to hear from everyone, including young people, before any order is made."],
            ],
            ExternalQuotes =
            [
                ["We work closely with the council's community safety team, and the new cameras will help us identify those responsible.", "Anyone with information should call 101, or 999 in an emergency."],
                ["People in {ward} have been asking for this for a long time, and we are glad the council has listened."],
            ],
            Notes =
            [
                "The council's CCTV control room operates 24 hours a day.",
                "Public spaces protection orders are made under the Anti-social Behaviour, Crime and Policing Act 2014.",
                "Anti-social behaviour can be reported on the council's website.",
            ],
        },
        new("flood-review")
        {
            Lead = "David Kerr",
            Officer = "Mark Ellison",
            Externals = ["Margaret Ellis", "Lesley Gray"],
            Places = ["Hollin Brook", "the River Wreake", "the Mill Lane stream"],
            LeaderMayComment = false,
            Headlines =
            [
                "Scrutiny panel publishes its flood resilience review",
                "Scrutiny councillors call for more help for homes along {place}",
                "Review panel asks residents about flooding in {ward}",
            ],
            Openings =
            [
                "The council's flood resilience scrutiny panel has published its final report, making fourteen recommendations to protect homes along {place} in {ward}, it was announced on {date}.",
                "A cross-party scrutiny panel reviewing the council's response to last winter's floods is asking residents in {ward} to share their experiences, the council said on {date}.",
            ],
            Facts =
            [
                "The panel heard evidence from the Environment Agency, the county council, the fire service and more than 60 residents whose homes or businesses were affected.",
                "Its recommendations include a network of volunteer flood wardens, more sandbag stores and clearer information for residents when water levels rise.",
                "During the storms in November, 46 homes were flooded internally and the main road through {ward} was closed for three days.",
                "The report will be considered by the Cabinet at its next meeting, which must respond to each recommendation within two months.",
                "The panel's members come from all political groups on the council.",
            ],
            Details =
            [
                "Residents can share their experiences online until {deadline}, or at a drop-in at the community centre in {ward} on {day1} from {time2} to {evening}.",
                "The report will be presented to the Cabinet on {day2} at {evening}; the meeting is open to the public.",
            ],
            MemberQuotes =
            [
                ["The panel was struck by how much residents did for each other during the floods.", "Our recommendations aim to make sure the council is there for them next time, too."],
                ["We want to hear from anyone whose home or business was affected, however small the damage.", "Their experience is the best evidence we can have."],
            ],
            OfficerQuotes =
            [
                ["We welcome the panel's work and will look carefully at every recommendation.", "Several of the practical steps, such as extra sandbag stores, are already under way."],
            ],
            ExternalQuotes =
            [
                ["Water came through our front door within twenty minutes.", "Better warnings would have given us time to move things upstairs."],
                ["The allotments were under water for a week, so we are glad someone is looking at this properly."],
            ],
            Notes =
            [
                "The panel's report is published on the council's website.",
                "Flood warnings can be received free by signing up to the Environment Agency's Floodline service.",
                "Scrutiny panels examine council policy and services and make recommendations to the Cabinet.",
            ],
        },
        new("planning-committee")
        {
            Lead = "Colin Hart",
            Officer = "Tom Farrant",
            Externals = ["Susan Achebe"],
            Places = ["the former Corn Exchange", "Kettleby Moor Mill", "the old bus depot on Station Road"],
            LeaderMayComment = false,
            Headlines =
            [
                "Planning Committee approves new homes at {place}",
                "Planning Committee grants permission for {place} conversion",
                "Go-ahead for {place} after Planning Committee site visit",
            ],
            Openings =
            [
                "The council's Planning Committee has granted permission for {place} in {ward} to be converted into 34 flats and ground-floor shops, following its meeting on {date}.",
                "Plans to redevelop {place} in {ward} were approved by the Planning Committee on {date}, subject to a legal agreement on affordable housing and highway improvements.",
            ],
            Facts =
            [
                "The committee heard from the applicant, two objectors and the ward councillors before reaching its decision.",
                "Conditions require the building's Victorian frontage to be restored and a construction management plan to be agreed before work starts.",
                "Eight of the homes will be affordable, and the developer will pay £210,000 towards school places and £45,000 towards a new bus shelter.",
                "The application drew 112 comments from the public, most of them concerned with parking and the height of the new rear extension.",
                "The decision notice will be issued once the legal agreement is signed, which is expected within six weeks.",
            ],
            Details =
            [
                "The committee's next meeting is on {day2} at {evening} in the Council Chamber at the Civic Centre, and the public is welcome.",
                "The full officer report and the recording of the meeting are available on the council's website.",
            ],
            MemberQuotes =
            [
                ["The committee looked very carefully at the concerns raised by residents, and the conditions we have set address many of them.", "This is a building that matters to {ward}, and the scheme will bring it back into use."],
                ["Every application is decided on its planning merits.", "Members visited the site before the meeting so they could see the issues for themselves."],
            ],
            OfficerQuotes =
            [
                ["The scheme was amended twice during the application to reduce its height and improve the design.", "We will monitor the conditions closely once work begins."],
            ],
            ExternalQuotes =
            [
                ["We are pleased that the frontage will be restored, which was our main concern.", "We will keep an eye on the detailed designs."],
            ],
            Notes =
            [
                "Planning Committee meetings are held in public and broadcast on the council's website.",
                "The application reference is 25/01184/FUL.",
                "Decisions of the Planning Committee can be appealed to the Planning Inspectorate by the applicant.",
            ],
        },
    ];
}
