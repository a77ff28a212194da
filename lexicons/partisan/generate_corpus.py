#!/usr/bin/env python3
"""Writes train.tsv and test.tsv for the party-political language classifier.

Every sentence is original to this project: templates and slot fillers written for it, expanded with a fixed seed,
plus hand-written sentences (handwritten.tsv). Each template is a group, named in a third column; a group goes wholly to the train or the
test split (by a hash of its id), so no near-duplicate of a test sentence is ever trained on.
Run from the repository root:  python3 lexicons/partisan/generate_corpus.py
"""
import hashlib
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shapes  # noqa: E402  (beside this file)

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260301
PER_TEMPLATE = 18
TEST_SHARE = 5  # one group in five goes to the test split

SLOTS = {
    "PARTY": ["Conservative", "Labour", "Liberal Democrat", "Green", "Reform UK", "SNP", "Plaid Cymru", "Independent",
              "Lib Dem", "Green Party", "Conservative and Unionist", "Residents' Association"],
    "PARTYPL": ["Conservatives", "Tories", "Labour", "Liberal Democrats", "Lib Dems", "Greens", "Reform UK", "the SNP",
                "Plaid Cymru", "the Independents", "the Residents' group", "Reform"],
    "GROUP": ["the Conservative group", "the Labour group", "the Liberal Democrat group", "the Green group",
              "the Reform UK group", "the SNP group", "the Plaid Cymru group", "the Independent group",
              "the Residents' Association group", "the Mardale Independents", "the Easterby First group"],
    "ADMIN": ["the administration", "the previous administration", "the last administration", "the opposition",
              "the ruling group", "the old leadership", "the Tory administration", "the Labour administration",
              "the Lib Dem-run council", "the Green-led coalition", "the Reform-run council", "the SNP administration",
              "the Plaid-led council", "the Independent-led administration", "the coalition"],
    "BADADJ": ["failed", "reckless", "incompetent", "out-of-touch", "shambolic", "tired", "arrogant", "chaotic",
               "wasteful", "disastrous", "careless", "divided"],
    "GOODADJ": ["hard-working", "common-sense", "caring", "ambitious", "responsible", "determined", "honest",
                "forward-looking", "proven", "trusted"],
    "SERVICE": ["libraries", "bin collections", "potholes", "bus routes", "children's centres", "leisure centres",
                "adult social care", "parks", "street lighting", "youth clubs", "school transport", "public toilets",
                "recycling centres", "care homes", "road repairs", "community centres", "grass cutting",
                "household waste sites", "rural buses", "museums"],
    "TOWN": ["Easterby", "Hollin Bridge", "Mardale", "Kettleby Moor", "St Wystan's", "Thornbury Green", "Ashcombe",
             "Lower Fenwick", "Brackley Vale", "Westmoor", "Oakhurst", "Pendle Cross"],
    "WARD": ["Easterby North", "Hollin Bridge East", "Mardale Central", "Kettleby Moor", "St Wystan's", "Ashcombe West",
             "Lower Fenwick", "Brackley Vale South", "Westmoor Park", "Oakhurst"],
    "MONEY": ["£1.2 million", "£450,000", "£3.4 million", "£75,000", "£12 million", "£250,000", "£18,500", "£2 million",
              "£600,000", "£9.8 million", "£40,000", "£1.75 million"],
    "NUM": ["12", "24", "150", "3,000", "40", "8", "600", "95", "1,200", "18", "5", "320"],
    "PCT": ["2.99%", "4.99%", "1.5%", "3%", "10%", "15%", "0.5%", "25%"],
    "DATE": ["Monday 9 March", "Thursday 2 April", "1 May", "Saturday 14 June", "Friday 3 October", "Tuesday 18 November",
             "22 January", "Wednesday 11 February", "next Monday", "the end of the month", "30 September", "7 July"],
    "ROLE": ["Leader of the Council", "Deputy Leader", "Cabinet Member for Environment", "Cabinet Member for Housing",
             "Cabinet Member for Finance", "Cabinet Lead Member for Communities", "Cabinet Member for Highways",
             "Chair of the Scrutiny Commission", "Chair of the Planning Committee", "Cabinet Member for Children's Services",
             "Cabinet Lead Member for Leisure", "Cabinet Member for Adult Social Care"],
    "NAME": ["Cllr Jane Ashworth", "Cllr Peter Holroyd", "Cllr Amina Shah", "Cllr David Renshaw", "Cllr Sian Evans",
             "Cllr Mark Thwaite", "Cllr Fiona MacLeod", "Cllr Rhys Morgan", "Cllr Helen Burrows", "Cllr Tom Okafor",
             "Councillor Rachel Lund", "Councillor Graham Pike"],
    "OFFICER": ["Sarah Kendal, Director of Place", "the Chief Executive, Michael Orme", "Priya Nair, Head of Waste Services",
                "the council's Head of Planning, Alan Grey", "Chris Dunne, Director of Finance",
                "Laura Beck, Head of Leisure", "the Director of Public Health, Dr Ruth Amos", "Neil Sharpe, Head of Highways"],
    "PROJECT": ["the new leisure centre", "the town centre regeneration", "the flood defence scheme", "the new library",
                "the market hall refurbishment", "the cycle route", "the bus station upgrade", "the new primary school",
                "the affordable homes scheme", "the park improvements", "the swimming pool", "the high street scheme"],
    "ROAD": ["Hollin Bridge Road", "Tanyard Lane", "the A612", "Station Road", "Mill Street", "Church Lane",
             "the B6047", "Market Street", "Kettleby Road", "Long Row", "Victoria Street", "Fenwick Lane"],
    "EVENT": ["the summer fun day", "the Christmas lights switch-on", "the farmers' market", "the heritage open day",
              "the Armed Forces Day parade", "the food festival", "the half marathon", "the Easter trail",
              "the jobs fair", "the family history day", "the canal festival", "the bonfire night display"],
    "COMMITTEE": ["the Planning Committee", "the Audit Committee", "the Scrutiny Commission", "the Licensing Committee",
                  "the Cabinet", "Full Council", "the Standards Committee", "the Health Scrutiny Panel",
                  "the Overview and Scrutiny Committee", "the Employment Committee"],
    "ELECTION": ["county council elections", "borough council elections", "the by-election in Mardale Central",
                 "the parish council elections", "the Police and Crime Commissioner election", "the general election",
                 "the mayoral election", "the town council by-election", "local elections", "the Senedd election",
                 "the Scottish Parliament election", "the district council elections"],
}

PARTISAN = [
    # Electioneering and appeals to vote
    "Vote {PARTY} on {DATE} to protect {SERVICE} in {TOWN}.",
    "On {DATE}, vote for {PARTYPL} and keep {TOWN} moving forward.",
    "Only {PARTYPL} can stop the cuts to {SERVICE}, so use your vote wisely.",
    "Re-elect your {PARTY} councillors to finish the job on {PROJECT}.",
    "A vote for {PARTYPL} is a vote for better {SERVICE}.",
    "Don't let {ADMIN} back in: vote {PARTY} in {WARD}.",
    "Back {PARTYPL} at the ballot box and we will freeze council tax.",
    "Every vote for {PARTYPL} in {WARD} is a vote to save {SERVICE}.",
    "Make sure you vote {PARTY} so that {PROJECT} goes ahead.",
    "Support your local {PARTY} team on polling day and help us deliver more.",
    "Give {PARTYPL} four more years and we will keep delivering for {TOWN}.",
    "Our election pledge is simple: no more cuts to {SERVICE}.",
    "Our manifesto promised {PROJECT} and we have delivered it.",
    "Elect a {PARTY} council and we will reopen {SERVICE} across {TOWN}.",
    "{PARTYPL} are the only party who will stand up for {TOWN}, so give us your vote.",
    "Keep {TOWN} {PARTY}: vote for {NAME} in {WARD}.",
    "It's a two-horse race in {WARD} and only {PARTYPL} can win here.",
    "Lend us your vote and we will sort out {SERVICE} once and for all.",
    "Join the {PARTY} campaign and help us win {WARD} in May.",
    "We are asking every resident of {TOWN} to vote {PARTY} this time.",
    # Praise of a party's or group's record, claims of credit
    "Thanks to {PARTYPL}, {SERVICE} in {TOWN} are better than ever.",
    "This {GOODADJ} {PARTY} administration has delivered {PROJECT}, just as we promised.",
    "{PARTY} councillors secured {MONEY} for {PROJECT}, showing what a {PARTY} council can do.",
    "Under {PARTY} leadership, {TOWN} has finally got the investment it deserves.",
    "Once again {PARTYPL} have delivered for {TOWN} where others only made promises.",
    "The {PARTY} group has a proud record of protecting {SERVICE}.",
    "{PROJECT} only happened because {PARTY} councillors fought for it.",
    "It took a {PARTY} council to fix {SERVICE} after years of neglect.",
    "{PARTYPL} are delivering on their promises, with {MONEY} more for {SERVICE}.",
    "{NAME} said: \"This is what {GOODADJ} {PARTY} leadership looks like.\"",
    "Credit for {PROJECT} belongs to {GROUP}, who never gave up on {TOWN}.",
    "Our {PARTY} team has turned the council around in just {NUM} months.",
    "{GROUP} has kept its promise to residents and frozen council tax.",
    "Residents can see the difference a {PARTY} council makes.",
    "With {PARTYPL} in charge, {SERVICE} have never been in safer hands.",
    "We in {GROUP} are proud to have saved {SERVICE} from closure.",
    "Unlike our opponents, {PARTYPL} keep our promises to {TOWN}.",
    "Another promise kept by your {PARTY} council: {PROJECT} is open.",
    "The {GOODADJ} {PARTY} team running this council has delivered for every ward.",
    "{NAME}, {ROLE}, said the {PARTY} group could be proud of its record on {SERVICE}.",
    # Attacks on parties, groups, the administration
    "After years of {BADADJ} decisions by {ADMIN}, {SERVICE} are in a mess.",
    "{ADMIN} left {TOWN} with crumbling {SERVICE} and a black hole in the budget.",
    "The {BADADJ} policies of {PARTYPL} have cost taxpayers {MONEY}.",
    "{PARTYPL} have let {TOWN} down again, cutting {SERVICE} to the bone.",
    "Yet more {PARTY} cuts are hitting {SERVICE} in {TOWN}.",
    "The {BADADJ} {PARTY} group wasted {MONEY} on {PROJECT}.",
    "Residents will not forget that {PARTYPL} voted to close {SERVICE}.",
    "{ADMIN} has shown it cannot be trusted with {SERVICE}.",
    "This {BADADJ} administration has broken every promise it made to {TOWN}.",
    "We had to clear up the mess {ADMIN} left behind.",
    "{PARTYPL} talk about fairness but their record on {SERVICE} tells a different story.",
    "The opposition's {BADADJ} plans would put {SERVICE} at risk.",
    "{ADMIN} should be ashamed of the state of {SERVICE} in {TOWN}.",
    "Tory cuts have left {SERVICE} in {TOWN} on their knees.",
    "Labour's {BADADJ} mismanagement has left the council with {MONEY} of debt.",
    "The Lib Dems say one thing in {TOWN} and another in {WARD}.",
    "Reform UK councillors have done nothing for {TOWN} except shout from the sidelines.",
    "Green councillors would rather lecture residents than fix {SERVICE}.",
    "{GROUP} opposed {PROJECT} at every turn and now want the credit for it.",
    "{NAME} said {ADMIN} had been {BADADJ} and {BADADJ} from start to finish.",
    "{ADMIN}'s {BADADJ} handling of {PROJECT} is a scandal.",
    "Years of neglect under {PARTYPL} mean {SERVICE} are falling apart.",
    "The {PARTY} regime has sold off {SERVICE} to balance its books.",
    "Only a change of administration will rescue {SERVICE} in {TOWN}.",
    "{PARTYPL} have proved once again that they cannot run a council.",
    "While {PARTYPL} played politics, we got on with fixing {SERVICE}.",
    "The so-called savings made by {ADMIN} were nothing but cuts to {SERVICE}.",
    "Residents deserve better than the {BADADJ} leadership of {GROUP}.",
    # Slogans
    "{PARTY}: on your side in {TOWN}.",
    "Time for change in {TOWN}: time for {PARTYPL}.",
    "Putting {TOWN} first, the {PARTY} way.",
    "{PARTYPL} deliver, the rest just talk.",
    "Strong {PARTY} leadership for a stronger {TOWN}.",
    "A fresh start for {TOWN} with {PARTYPL}.",
    # Without party names
    "This administration has delivered where the last lot only talked.",
    "We have cleaned up the mess our predecessors left in {SERVICE}.",
    "Our opponents would scrap {PROJECT} the moment they got the chance.",
    "The previous leadership's {BADADJ} decisions cost {TOWN} {MONEY}.",
    "Unlike the last administration, we actually care about {SERVICE}.",
    "Our group kept its promise to residents, whatever our opponents say.",
    "The opposition have nothing to offer {TOWN} but complaints.",
    "Those who ran the council before us left {SERVICE} in ruins.",
    "Thanks to our team's hard work, {PROJECT} has happened despite opposition scaremongering.",
    "We promised at the election to protect {SERVICE}, and we have kept that promise.",
    "Residents rejected the {BADADJ} policies of the past when they elected us.",
    "Give us another term and we will finish what we started on {SERVICE}.",
    "Our opponents' sums simply do not add up.",
    "The {BADADJ} decisions of the former leadership are still costing {TOWN} dearly.",
    "We will not let the opposition drag {TOWN} backwards again.",
    "Our record speaks for itself, unlike that of the people who ran the council before.",
    "{NAME} said the group had proved its critics wrong on {SERVICE}.",
    "We were elected to clean up the mess, and that is exactly what we are doing.",
]

NEUTRAL = [
    # Services, roadworks, waste, events
    "{ROAD} will be closed between {DATE} and the following Friday for resurfacing.",
    "Bin collections in {TOWN} will move by one day during the bank holiday week.",
    "The council has spent {MONEY} on {SERVICE} this year.",
    "{PROJECT} will open to the public on {DATE}.",
    "Residents can report a missed collection online or by calling the contact centre.",
    "Work on {PROJECT} is expected to finish by {DATE}.",
    "A diversion will be signed via {ROAD} while the work takes place.",
    "{EVENT} returns to {TOWN} on {DATE}, with free entry for all.",
    "Tickets for {EVENT} are available from the {TOWN} information centre.",
    "The council will resurface {NUM} roads in {TOWN} over the summer.",
    "Opening hours at {TOWN} library will change from {DATE}.",
    "The household waste site in {TOWN} will be closed on {DATE} for maintenance.",
    "Garden waste collections restart in {TOWN} on {DATE}.",
    "{NUM} new street lights have been fitted in {WARD}.",
    "The swimming pool in {TOWN} will reopen on {DATE} after a {MONEY} refurbishment.",
    "Residents are asked to put their bins out by 7am on collection day.",
    "{SERVICE} in {TOWN} will run as normal over the Easter weekend.",
    "Road users should allow extra time for journeys on {ROAD} while the work is carried out.",
    "Free parking will be available in {TOWN} town centre on {DATE}.",
    "The gritting fleet treated {NUM} miles of road during the cold snap.",
    "A temporary traffic light system will be in place on {ROAD} from {DATE}.",
    "Volunteers planted {NUM} trees in {TOWN} park on {DATE}.",
    # Planning, consultations, budgets, grants
    "The consultation on {PROJECT} runs until {DATE}.",
    "Residents can comment on the draft local plan online or at {TOWN} library.",
    "The planning application for {PROJECT} will be considered by {COMMITTEE} on {DATE}.",
    "Community groups in {TOWN} can apply for grants of up to {MONEY}.",
    "The council's budget for next year includes {MONEY} for {SERVICE}.",
    "Council tax will rise by {PCT} from April, {COMMITTEE} agreed.",
    "{COMMITTEE} approved the budget of {MONEY} on {DATE}.",
    "The grant scheme closes on {DATE} and decisions will be made by the end of the month.",
    "Applications for the {MONEY} fund open on {DATE}.",
    "{COMMITTEE} will meet at {TOWN} Town Hall on {DATE} at 7pm.",
    "The agenda and reports for {COMMITTEE} are published on the council's website.",
    "Members of the public may attend {COMMITTEE} and ask questions.",
    "The council received {NUM} responses to the consultation on {SERVICE}.",
    "A report on the future of {SERVICE} will go to {COMMITTEE} on {DATE}.",
    "The proposals would save an estimated {MONEY} a year.",
    "The council must set a balanced budget each year by law.",
    "The scheme is funded by a {MONEY} grant from central government.",
    "Planning permission for {PROJECT} was granted by {COMMITTEE}.",
    "The council is seeking views on changes to {SERVICE} in {TOWN}.",
    # Awards and statutory notices
    "{TOWN} park has won a Green Flag Award for the {NUM}th year.",
    "The council's {SERVICE} team has been shortlisted for a national award.",
    "Notice is given that {COMMITTEE} will consider the licensing application on {DATE}.",
    "A public notice about the temporary traffic order for {ROAD} has been published.",
    "The statement of accounts is available for public inspection until {DATE}.",
    "The council has published its annual report on {SERVICE}.",
    # Quotes from the Leader and Cabinet Members, factual
    "{NAME}, {ROLE}, said: \"{PROJECT} will make a real difference to families in {TOWN}.\"",
    "{NAME}, {ROLE}, said: \"I would encourage everyone to take part in the consultation.\"",
    "{NAME}, {ROLE}, said the council would keep residents informed as the work progressed.",
    "\"We know the roadworks are disruptive and we thank residents for their patience,\" said {NAME}, {ROLE}.",
    "{NAME}, {ROLE}, said: \"The grant will help community groups across {TOWN} to do even more.\"",
    "{NAME}, {ROLE}, said: \"We have had to make difficult choices to balance the budget.\"",
    "{NAME}, {ROLE}, said: \"I am delighted that {PROJECT} is open for everyone to enjoy.\"",
    "{OFFICER} said: \"Our crews will be working hard to catch up on any missed collections.\"",
    "{OFFICER} said the work had been planned to keep disruption to a minimum.",
    "{NAME}, {ROLE}, thanked the staff and volunteers who made {EVENT} possible.",
    "{NAME}, {ROLE}, said: \"This investment of {MONEY} will improve {SERVICE} for years to come.\"",
    "{NAME}, {ROLE}, will open {PROJECT} on {DATE}.",
    "{OFFICER} said: \"We would urge anyone affected to contact us for advice.\"",
    # Hard cases: elections, polling, composition, political balance
    "Polling stations open at 7am and close at 10pm on {DATE}.",
    "Poll cards for the {ELECTION} will be delivered to every household by {DATE}.",
    "The deadline to register to vote in the {ELECTION} is midnight on {DATE}.",
    "Nominations for the {ELECTION} close at 4pm on {DATE}.",
    "The statement of persons nominated for the {ELECTION} has been published.",
    "Voters must show photo identification at polling stations in the {ELECTION}.",
    "The count for the {ELECTION} will take place at {TOWN} Leisure Centre.",
    "Turnout in the {ELECTION} was {PCT} higher than last time.",
    "The council has {NUM} Conservative, {NUM} Labour and {NUM} Green councillors.",
    "Seats on {COMMITTEE} are allocated in proportion to the size of each political group.",
    "{COMMITTEE} has {NUM} members: Conservative, Labour, Liberal Democrat and Independent councillors in proportion to the council.",
    "Following the {ELECTION}, no single party holds a majority on the council.",
    "The {PARTY} group holds {NUM} of the council's seats.",
    "{NAME} ({PARTY}, {WARD}) was elected Chair of {COMMITTEE}.",
    "{NAME} was elected as the {PARTY} councillor for {WARD} in the {ELECTION}.",
    "The results of the {ELECTION} are published on the council's website.",
    "Postal vote applications for the {ELECTION} must reach the electoral services team by {DATE}.",
    "Candidates from {PARTYPL} and other parties have been nominated for {WARD}.",
    "The Returning Officer declared the result of the {ELECTION} at 2am.",
    "The council's pre-election period for the {ELECTION} begins on {DATE}.",
    "During the pre-election period the council will not publish material about candidates.",
    "Each political group nominates members to {COMMITTEE} under the political balance rules.",
    "The leader of the {PARTY} group, {NAME}, asked a question at {COMMITTEE}.",
    "A motion proposed by the {PARTY} group was debated at Full Council on {DATE}.",
    "The motion was carried by {NUM} votes to {NUM}, with {NUM} abstentions.",
    "Full Council elected {NAME} as Leader of the Council at its annual meeting.",
    "The Cabinet is made up of the Leader and {NUM} Cabinet Members.",
    "Proxy vote applications for the {ELECTION} close at 5pm on {DATE}.",
    "Electoral services staff will visit homes in {WARD} to update the register.",
    "The by-election follows the resignation of the {PARTY} councillor for {WARD}.",
    "{NAME} has been appointed opposition spokesperson on {SERVICE} by the {PARTY} group.",
    "A list of councillors and their political groups is on the council's website.",
    "Political group offices at {TOWN} Town Hall will be closed on {DATE}.",
]

PARTISAN += [
    "{NAME}, {ROLE}, said: \"After years of {BADADJ} decisions by {ADMIN}, we are finally putting {TOWN} first.\"",
    "\"{PARTYPL} promised to protect {SERVICE} and we have kept that promise,\" said {NAME}, {ROLE}.",
    "{NAME}, {ROLE}, said: \"Residents can see that only {PARTYPL} are delivering for {TOWN}.\"",
    "\"The opposition wanted to cut {SERVICE}, but we stopped them,\" said {NAME}.",
    "{NAME} said: \"This is a {PARTY} success story that {ADMIN} could never have achieved.\"",
    "{NAME}, {ROLE}, said the {BADADJ} record of {ADMIN} on {SERVICE} spoke for itself.",
    "{NAME}, {ROLE}, said: \"Under {ADMIN}, {SERVICE} were left to rot; we have turned that around.\"",
    "\"Make no mistake, this investment in {SERVICE} would not have happened under {PARTYPL},\" said {NAME}.",
    "The {PARTY} leadership deserves the credit for {PROJECT}, {NAME} said.",
    "{NAME} accused {GROUP} of playing politics with {SERVICE}.",
    "{NAME} said {PARTYPL} had shown once again that they could not be trusted with taxpayers' money.",
    "While {ADMIN} wasted {MONEY} on vanity projects, we have invested in {SERVICE}.",
    "This {PARTY} council has done more for {SERVICE} in {NUM} months than {ADMIN} managed in a decade.",
    "Residents in {WARD} have a clear choice in May: more of the same, or a fresh start with {PARTYPL}.",
    "{PARTYPL} are the only ones with a credible plan for {SERVICE}.",
    "Unlike {ADMIN}, this administration listens to the people of {TOWN}.",
    "The {BADADJ} opposition has tried to block {PROJECT} at every step.",
    "We inherited a mess from {ADMIN}, and we are fixing it.",
    "{ADMIN} let {SERVICE} decline for years, but this administration is putting it right.",
    "Thanks to this administration's {GOODADJ} leadership, {TOWN} has {PROJECT} at last.",
]

NEUTRAL += [
    "{NAME}, {ROLE}, said: \"We are delighted that {PROJECT} is finally open to residents.\"",
    "\"We have listened to what residents told us about {SERVICE},\" said {NAME}, {ROLE}.",
    "{NAME}, {ROLE}, said: \"Our staff have worked incredibly hard to deliver {PROJECT} on time.\"",
    "{NAME}, {ROLE}, said: \"We know how important {SERVICE} are to people in {TOWN}.\"",
    "\"We will keep {SERVICE} running as normal while the work takes place,\" said {OFFICER}.",
    "{NAME}, {ROLE}, said: \"We are investing {MONEY} to make {SERVICE} better for everyone.\"",
    "{NAME}, {ROLE}, said: \"This is a proud day for {TOWN} and for everyone who worked on {PROJECT}.\"",
    "\"Our crews have done a brilliant job in difficult conditions,\" said {OFFICER}.",
    "{NAME}, {ROLE}, said: \"We have had to make savings, but we have protected {SERVICE}.\"",
    "{NAME}, {ROLE}, said: \"More families will benefit from {SERVICE} than ever before.\"",
    "\"We want every child in {TOWN} to be able to learn to swim,\" said {NAME}, {ROLE}.",
    "For more information about {PROJECT}, visit the council's website or call {NUM}.",
    "Find out more about {SERVICE} in {TOWN} on the council's website.",
    "Photographs of {EVENT} are available from the press office.",
    "Residents in {WARD} will receive a letter about {PROJECT} by {DATE}.",
    "The council delivered {PROJECT} {NUM} weeks ahead of schedule.",
    "The council has kept {SERVICE} open throughout the cold weather.",
    "The council will deliver {NUM} new homes in {TOWN} over the next five years.",
    "More than {NUM} people visited {EVENT} in {TOWN} last year.",
    "The {MONEY} scheme will protect {NUM} homes in {TOWN} from flooding.",
]

SLOTS.update(shapes.SLOTS)

PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


def expand(template, rng, count):
    seen = set()
    for _ in range(count * 4):
        sentence = template
        while PLACEHOLDER.search(sentence):  # a filler may hold a slot of its own
            sentence = PLACEHOLDER.sub(lambda m: rng.choice(SLOTS[m.group(1)]), sentence)
        sentence = sentence[0].upper() + sentence[1:]
        if sentence not in seen:
            seen.add(sentence)
            yield sentence
        if len(seen) >= count:
            return


def in_test(group):
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % TEST_SHARE == 0


def main():
    rng = random.Random(SEED)
    rows = []  # (group, label, sentence)
    for label, templates in (("partisan", PARTISAN), ("neutral", NEUTRAL)):
        for i, template in enumerate(templates):
            for sentence in expand(template, rng, PER_TEMPLATE):
                rows.append((f"{label}-t{i:03d}", label, sentence))
    for label, templates in (("partisan", shapes.PARTISAN), ("neutral", shapes.NEUTRAL)):
        for i, template in enumerate(templates):
            for sentence in expand(template, rng, PER_TEMPLATE):
                rows.append((f"{label}-s{i:03d}", label, sentence))
    with open(os.path.join(HERE, "handwritten.tsv"), encoding="utf-8") as handwritten:
        for line in handwritten:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            label, sentence = line.split("\t", 1)
            rows.append((f"{label}-h{len(rows):04d}", label, sentence))
    seen = set()
    splits = {"train": [], "test": []}
    for group, label, sentence in rows:
        if sentence in seen:
            continue
        seen.add(sentence)
        splits["test" if in_test(group) else "train"].append(f"{label}\t{sentence}\t{group}")
    for name, lines in splits.items():
        with open(os.path.join(HERE, f"{name}.tsv"), "w", encoding="utf-8", newline="\n") as out:
            out.write("\n".join(lines) + "\n")
        counts = {l: sum(1 for x in lines if x.startswith(l + "\t")) for l in ("partisan", "neutral")}
        print(name, len(lines), counts)


if __name__ == "__main__":
    main()
