using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Text.Quotations;

/// <summary>Speakers named across the release: before, after, by first name, pronoun, title, or as signatories.</summary>
public class QuotationAttributionTest
{
    private static ReleaseDocument Release(params string[] paragraphs) => TestDocuments.FromParagraphs("release.md", paragraphs);

    [Fact]
    public void Extract_AttributesATitleToTheHolderTheReleaseIntroduced()
    {
        var document = Release(
            "The Lord Mayor of Kestrel Bay, Councillor Deborah Quinn, has opened the new market hall.",
            "“This hall will bring traders back to the heart of the town,” said the Lord Mayor.");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Deborah Quinn", speaker?.Name);
        Assert.Equal(AttributedBy.Title, speaker?.AttributedBy);
        Assert.Equal(TestDocuments.SpanOf(document, "Lord Mayor.").Start, speaker?.NameSpan?.Start);
    }

    [Fact]
    public void Extract_AttributesAnOfficersTitleToTheNameWrittenBeforeIt()
    {
        var document = Release(
            "Mark Evans, the council’s chief executive, presented the annual report on Monday.",
            "“Every service met its budget this year,” the chief executive said.");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Mark Evans", speaker?.Name);
        Assert.Equal(AttributedBy.Title, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAFirstNameToTheFullNameGivenEarlier()
    {
        var document = Release(
            "The session was led by Laura Pennock, a youth worker with the council’s participation team.",
            "Laura said: “The young people set the agenda for every meeting.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Laura Pennock", speaker?.Name);
        Assert.Equal(AttributedBy.FirstName, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAPronounToTheSubjectOfTheSentenceBefore()
    {
        var document = Release(
            "“The vote gives tenants a real say,” said Cllr Ann Hughes, leader of the council.",
            "Owen Carter, the council’s head of housing, thanked the tenants’ panel for its work.",
            "He said: “Repairs will now be planned with tenants, street by street.”");

        var speaker = document.Quotations[1].Speaker;

        Assert.Equal("Owen Carter", speaker?.Name);
        Assert.Equal(AttributedBy.Pronoun, speaker?.AttributedBy);
    }

    [Theory]
    [InlineData("Councillor Mark Hall")]
    [InlineData("Cllr Sunita Baker")]
    [InlineData("Councillor Gwen Farmer")]
    public void Extract_ReadsASurnameThatIsAlsoATradeOrAPlaceAsTheSurname(string name)
    {
        var document = Release(
            $"{name}, Cabinet Member for Leisure, said: “The new changing rooms open on Monday.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal(name, speaker?.Name);
        Assert.Equal("Cabinet Member for Leisure", speaker?.RoleText);
    }

    [Fact]
    public void Extract_AttributesAPronounToATitledNameWithARoleSetOffByCommas()
    {
        var document = Release(
            "The new changing place toilet, built beside the bus station, opened on Monday.",
            "Cllr Rhian Butcher, Cabinet Member for Environment, looks after the council’s public toilets. She said: “Families told us what they needed.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Cllr Rhian Butcher", speaker?.Name);
        Assert.Equal(AttributedBy.Pronoun, speaker?.AttributedBy);
    }

    [Theory]
    [InlineData("the Mayor Alderman Pat Quinlan", "Alderman Pat Quinlan", "Mayor")]
    [InlineData("the Lord Mayor Cllr Ann Leigh", "Cllr Ann Leigh", "Lord Mayor")]
    public void Extract_ReadsAPostBeforeATitledNameAsTheRole(string subject, string name, string role)
    {
        var document = Release(
            $"Speaking after the council meeting, {subject} said: “Council business carries on as normal.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal(name, speaker?.Name);
        Assert.Equal(role, speaker?.RoleText);
    }

    [Fact]
    public void Extract_AttributesAQuotationToTheMessageFromATitledNameIntroducingIt()
    {
        var document = Release(
            "Here is a message from Cllr Joan Pritchard, Chairman of Mid Wreake District Council:",
            "“This weekend we remember everyone who served, and those who never came home.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Cllr Joan Pritchard", speaker?.Name);
        Assert.Equal("Chairman of Mid Wreake District Council", speaker?.RoleText);
    }

    [Fact]
    public void Extract_SkipsAnAgeBetweenTheNameAndTheRole()
    {
        var document = Release(
            "Priya Shah, 38, a volunteer at the community garden, said: “I come here every Saturday.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Priya Shah", speaker?.Name);
        Assert.Equal("a volunteer at the community garden", speaker?.RoleText);
    }

    [Theory]
    [InlineData("Waste Services Refuse Supervisor Dylan Price said: “The crews have been brilliant.”", "Dylan Price")]
    [InlineData("Council Convener Morag Linklater said: “It is a proud day for the islands.”", "Morag Linklater")]
    public void Extract_TakesAJobTitleBeforeANameAsNoPartOfIt(string paragraph, string name)
    {
        var document = Release(paragraph);

        Assert.Equal(name, Assert.Single(document.Quotations).Speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesAFirstNameToTheFullNameAfterAPost()
    {
        var document = Release(
            "Council Convener Morag Linklater visited the care home on its oldest resident’s birthday.",
            "Morag said: “Turning 100 is a wonderful thing to celebrate.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Morag Linklater", speaker?.Name);
        Assert.Equal(AttributedBy.FirstName, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAQuotationToTheSpeakerTheSentenceBeforeItReports()
    {
        var document = Release(
            "Volunteers collected 40 bags of litter along the river on Saturday.",
            "Rivers Project Officer with the council, Niamh Doherty, explained why the work matters. “Every bag we lift is one less in the sea.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Niamh Doherty", speaker?.Name);
        Assert.Equal(AttributedBy.PreviousSentence, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_DoesNotAttributeAQuotationToASentenceBeforeItThatReportsNoSpeech()
    {
        var document = Release(
            "Niamh Doherty, the council’s rivers officer, led the volunteers along the bank. “Every bag we lift is one less in the sea.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }

    [Fact]
    public void Extract_AttributesAPronounToAPersonNamedByAPossessiveFirstName()
    {
        var document = Release(
            "The poet Amara Okafor will visit the borough’s libraries in June.",
            "Amara’s aim is to read in every library in the county before the end of the year.",
            "She said: “Libraries made me a writer.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Amara Okafor", speaker?.Name);
        Assert.Equal(AttributedBy.Pronoun, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAPronounToAPostThatWasTheSubjectOfTheSentenceBefore()
    {
        var document = Release(
            "The Leader of the Council has set out plans for a new leisure centre in Syston.",
            "He said: “Residents have told us they want a pool they can walk to, and this plan gives them one.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Leader of the Council", speaker?.Name);
        Assert.Equal("Leader of the Council", speaker?.RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Leader of the Council"), speaker?.RoleSpan);
        Assert.Equal(AttributedBy.Pronoun, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAQuotationOpeningAParagraphToAPostThatWasTheSubjectBefore()
    {
        var document = Release(
            "The council’s Cabinet Member for Highways visited the A607 on Monday as repairs began.",
            "“These repairs will make the road safer for everyone who uses it.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Cabinet Member for Highways", speaker?.Name);
        Assert.Equal(AttributedBy.PreviousParagraph, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_DoesNotTakeTheCouncilItselfForAPost()
    {
        var document = Release(
            "The Council has agreed to build a new leisure centre in Syston.",
            "He said: “Residents have told us they want a pool they can walk to.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }

    [Fact]
    public void Extract_DoesNotTakeThePlaceAPostIsOfForItsHolder()
    {
        var document = Release(
            "The Mayor of Wreake Valley, Councillor Joan Pritchard, has opened a new community garden at Elm Park.",
            "“It was a pleasure to meet the volunteers who built this garden,” she said.");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Joan Pritchard", speaker?.Name);
        Assert.Equal("Mayor of Wreake Valley", speaker?.RoleText);
    }

    [Fact]
    public void Extract_GivesAPostNamedAsTheSpeakerAsTheirRole()
    {
        var document = Release("“Residents have told us they want a pool they can walk to,” said the Leader of the Council.");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Leader of the Council", speaker?.Name);
        Assert.Equal("Leader of the Council", speaker?.RoleText);
    }

    [Fact]
    public void Extract_AttributesASpeakerWhoCommentedOnATopicBeforeTheQuotation()
    {
        var document = Release(
            "Kestrel Bay Council’s Leader, Councillor Alan Marsh, commented on the budget and on how a difficult year had affected the council’s services and staff, “Setting a balanced budget this year took careful planning in every department.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Alan Marsh", speaker?.Name);
        Assert.Equal(AttributedBy.SameSentence, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_DoesNotTakeTheSubjectOfALongClauseWithoutATopicAsTheSpeaker()
    {
        var document = Release(
            "Councillor Alan Marsh said the council would look again at the scheme once the consultation closes in the spring, “This is the review we promised in March.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }

    [Fact]
    public void Extract_AttributesAColonIntroductionWithoutASpeechVerb()
    {
        var document = Release("Hollin County Council Chief Executive Amira Haddad, speaking for the county’s partners, has set out the plan: “We will meet every target in the strategy.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Amira Haddad", speaker?.Name);
        Assert.Equal(AttributedBy.SameSentence, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAQuotationOpeningAParagraphToThePersonThePreviousParagraphIntroduced()
    {
        var document = Release(
            "Mardale’s chief planning officer, Dr Lisa Warrington, welcomed the inspector’s report.",
            "“The plan is sound, and we can now start building the homes the district needs.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Dr Lisa Warrington", speaker?.Name);
        Assert.Equal(AttributedBy.PreviousParagraph, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAQuotationIntroducedByThePreviousParagraphsColon()
    {
        var document = Release(
            "Cllr Tom Hill, cabinet member for the environment, said:",
            "“Every street will have its recycling collected on Boxing Day.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Cllr Tom Hill", speaker?.Name);
        Assert.Equal(AttributedBy.PreviousParagraph, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesAQuotationToTheNameAndRoleOnTheLineAboveIt()
    {
        var document = Release(
            "Councillor Megan Rhys, Cabinet Member for Communities",
            "“The beacon will be lit at dusk, and everyone is welcome to join us.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Megan Rhys", speaker?.Name);
        Assert.Equal("Cabinet Member for Communities", speaker?.RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Cabinet Member for Communities").Start, speaker?.RoleSpan?.Start);
        Assert.Equal(AttributedBy.PreviousParagraph, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_GivesAQuotationTheCapacityItsSpeakerSpeaksInAsItsRole()
    {
        var document = Release(
            "Councillor Gareth Price, Cabinet Member for Highways",
            "In his capacity as Armed Forces Champion - “We owe our veterans more than one day a year.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Gareth Price", speaker?.Name);
        Assert.Equal("Armed Forces Champion", speaker?.RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Armed Forces Champion").Start, speaker?.RoleSpan?.Start);
    }

    [Fact]
    public void Extract_DoesNotTakeACaptionsWordsAsTheRoleOfThePersonItNames()
    {
        var document = Release(
            "Councillor Megan Rhys, with pupils from Ysgol y Bryn",
            "“The pupils planted every one of these trees themselves.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Megan Rhys", speaker?.Name);
        Assert.Null(speaker?.RoleText);
    }

    [Fact]
    public void Extract_DoesNotAttributeAQuotationAfterALeadInThatIsNotACapacity()
    {
        var document = Release(
            "Councillor Megan Rhys, Cabinet Member for Communities",
            "At the memorial on Sunday - “We will remember them, today and every day.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }

    [Fact]
    public void Extract_RemembersTheRoleOnANameLineForTheSpeakersLaterQuotations()
    {
        var document = Release(
            "Councillor Megan Rhys, Cabinet Member for Communities",
            "“The beacon will be lit at dusk.”",
            "The service starts at the war memorial at six o’clock.",
            "“Bring a torch,” Councillor Rhys said.");

        var speaker = document.Quotations[1].Speaker;

        Assert.Equal("Councillor Megan Rhys", speaker?.Name);
        Assert.Equal("Cabinet Member for Communities", speaker?.RoleText);
    }

    [Fact]
    public void Extract_GivesASpeakerTheRoleWrittenBeforeTheirNameElsewhere()
    {
        var document = Release(
            "Chief Executive Sally Reid welcomed more than a hundred volunteers to the awards evening.",
            "She said: “Every one of tonight’s winners makes this county a better place to live.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Sally Reid", speaker?.Name);
        Assert.Equal("Chief Executive", speaker?.RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Chief Executive").Start, speaker?.RoleSpan?.Start);
    }

    [Fact]
    public void Extract_DoesNotRunARoleWrittenBeforeANameBackIntoTheParagraphAbove()
    {
        var document = Release(
            "Play area opens at Fernhill Park",
            "Deputy Leader Ann Lee opened the new play area on Saturday.",
            "Cllr Lee said: “It was a joy to see so many families on its first morning.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Deputy Leader", speaker?.RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Deputy Leader").Start, speaker?.RoleSpan?.Start);
    }

    [Fact]
    public void Extract_EndsAPortfolioBeforeTheUntitledNameThatFollowsIt()
    {
        var document = Release(
            "Cabinet Member for Parks Ann Lee opened the new play area on Saturday.",
            "Cllr Lee said: “It was a joy to see so many families on its first morning.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Cabinet Member for Parks", speaker?.RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Cabinet Member for Parks"), speaker?.RoleSpan);
    }

    [Theory]
    [InlineData("What you told us")]
    [InlineData("Comments from the survey included:")]
    [InlineData("Feedback from visitors")]
    [InlineData("In their own words")]
    public void Extract_GivesTestimonialsAfterALeadInToThePublicItNames(string leadIn)
    {
        var document = Release(
            "More than 900 people answered the library service’s survey in January.",
            leadIn,
            "“The library is where I go to learn something new every week.”",
            "“My children found their love of reading at story time here.”");

        Assert.Equal(2, document.Quotations.Length);
        Assert.All(document.Quotations, q =>
        {
            Assert.Equal(leadIn.TrimEnd(':'), q.Speaker?.Name);
            Assert.Equal(AttributedBy.PreviousParagraph, q.Speaker?.AttributedBy);
            Assert.Equal(TestDocuments.SpanOf(document, leadIn.TrimEnd(':')), q.Speaker?.NameSpan);
            Assert.Null(q.Speaker?.RoleText);
        });
    }

    [Fact]
    public void Extract_GivesALeadInOnlyTheUnbrokenRunOfQuotationsAfterIt()
    {
        var document = Release(
            "What you told us",
            "“The library is where I go to learn something new every week.”",
            "The library will open on Sunday afternoons from March.",
            "“We will keep every branch open for the whole of next year.”");

        Assert.Equal("What you told us", document.Quotations[0].Speaker?.Name);
        Assert.Null(document.Quotations[1].Speaker);
    }

    [Theory]
    [InlineData("What the Leader said:")]
    [InlineData("Comments from Councillor Ann Lee:")]
    [InlineData("The survey closes on 3 March.")]
    public void Extract_DoesNotGiveQuotationsToALeadInThatNamesAPersonOrAPostOrNoPublic(string leadIn)
    {
        var document = Release(
            leadIn,
            "“We will keep every branch open for the whole of next year.”");

        Assert.NotEqual(leadIn.TrimEnd(':', '.'), Assert.Single(document.Quotations).Speaker?.Name);
    }

    [Fact]
    public void Extract_GivesALaterQuotationTheRoleItsSpeakersFirstAttributionStated()
    {
        var document = Release(
            "Jo Marlow, the council’s senior road safety officer, said: “Speeding near schools has fallen this year.”",
            "The campaign runs until the end of May.",
            "Jo said: “Every driver can help by slowing down near the school gates.”");

        var later = document.Quotations[1].Speaker;

        Assert.Equal("Jo Marlow", later?.Name);
        Assert.Equal("the council’s senior road safety officer", later?.RoleText);
        Assert.Equal(document.Quotations[0].Speaker?.RoleSpan, later?.RoleSpan);
    }

    [Theory]
    [InlineData("Conservative group leader Ann Lee opened the debate on Tuesday.")]
    [InlineData("Independent Group Leader Ann Lee opened the debate on Tuesday.")]
    [InlineData("Ann Lee, Labour group leader, opened the debate on Tuesday.")]
    [InlineData("Youth Mayor Ann Lee opened the debate on Tuesday.")]
    [InlineData("Ann Lee, Easterby Youth Mayor, opened the debate on Tuesday.")]
    [InlineData("Ann Lee, Shadow Cabinet Member for Housing, opened the debate on Tuesday.")]
    public void Extract_DoesNotReadAGroupsOrAYouthPostAsTheCouncils(string introduction)
    {
        var document = Release(introduction, "Cllr Lee said: “The library should stay open on Saturdays.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker?.RoleText);
    }

    [Theory]
    [InlineData("Rhian Ellis, WVBC Leader, thanked the volunteers.", "Leader")]
    [InlineData("Kestrel Isles Council Convener Morag Dunn thanked the volunteers.", "Convener")]
    public void Extract_GivesASpeakerTheRoleBesideTheirNameBehindTheCouncilsName(string introduction, string role)
    {
        var surname = introduction.Contains("Ellis", StringComparison.Ordinal) ? "Ellis" : "Dunn";
        var document = Release(introduction, $"“Every bag of litter collected makes a difference,” said Councillor {surname}.");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal(role, speaker?.RoleText?.Split(' ')[^1]);
        Assert.NotNull(StatedRoleParser.Parse(speaker?.RoleText));
    }

    [Fact]
    public void Extract_GivesASpeakerNamedBySurnameTheRoleOfTheOnePersonWithThatSurname()
    {
        var document = Release(
            "The play area was opened on Saturday by council leader Rob Price and pupils from Hillside Primary.",
            "Cllr Price said: “The children helped choose every piece of equipment.”");

        Assert.Equal("council leader", Assert.Single(document.Quotations).Speaker?.RoleText);
    }

    [Fact]
    public void Extract_GivesASpeakerTheRoleWrittenAfterTheirNameElsewhere()
    {
        var document = Release(
            "The entries were judged by Cllr Ian Moss, Lead Member for Waste, Highways and Transport, and the crews who drive the lorries.",
            "Cllr Ian Moss said: “The standard was so high that we struggled to choose.”");

        Assert.Equal("Lead Member for Waste, Highways and Transport", Assert.Single(document.Quotations).Speaker?.RoleText);
    }

    [Fact]
    public void Extract_GivesASpeakerTheRoleTheReleaseSaysTheyWereElectedTo()
    {
        var document = Release(
            "Councillor Nia Rowlands (Plaid Cymru) was elected Leader of the Council at the annual meeting on Thursday.",
            "Councillor Rowlands said: “I will lead a council that listens to every community.”");

        Assert.Equal("Leader of the Council", Assert.Single(document.Quotations).Speaker?.RoleText);
    }

    [Fact]
    public void Extract_DoesNotGiveASpeakerARoleTheyNoLongerHold()
    {
        var document = Release(
            "The garden is named after the former Leader Ann Jessop, who retired from the council in May.",
            "Ann Jessop said: “I am touched that the garden will carry my name.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker?.RoleText);
    }

    [Fact]
    public void Extract_TakesTheRoleBesideTheSpeakersOwnNameInAListOfNames()
    {
        var document = Release(
            "The winners were chosen by Leader of the Council, Councillor Jason Hale, Councillor Barry Moss, Lead Member for Waste, and the crews.",
            "Councillor Jason Hale said: “Thank you to every school that took part.”");

        Assert.Equal("Leader of the Council", Assert.Single(document.Quotations).Speaker?.RoleText);
    }

    [Fact]
    public void Extract_AttributesAQuotationToTheSpeakerNamedInAParagraphOfItsOwnAfterIt()
    {
        var document = Release(
            "“The figures announced yesterday take a further four million pounds from our budget”",
            "said Councillor Mary Dodds.");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Mary Dodds", speaker?.Name);
        Assert.Equal(AttributedBy.LaterParagraph, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AttributesTheQuotationAfterAnAttributionParagraphToItsSpeaker()
    {
        var document = Release(
            "“The figures announced yesterday take a further four million pounds from our budget”",
            "said Councillor Mary Dodds.",
            "“We will be writing to the Minister this week.”");

        Assert.Equal("Councillor Mary Dodds", document.Quotations[1].Speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesAPronounToTheOnePersonThePreviousParagraphNames()
    {
        var document = Release(
            "The increase has been welcomed by council leader Owen Pryce, who warned that more would be needed next year.",
            "He said: “This is a good start, but only a start.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Owen Pryce", speaker?.Name);
        Assert.Equal("council leader", speaker?.RoleText);
    }

    [Fact]
    public void Extract_AttributesAPronounToAPersonNamedAfterTheirPostAndCouncil()
    {
        var document = Release(
            "But while the Welsh Government's grant has been welcomed by Tarrow Council Leader Dan Price, he warned that more would be needed.",
            "He said: “This is a good start, but only a start.”");

        Assert.Equal("Dan Price", Assert.Single(document.Quotations).Speaker?.Name);
    }

    [Fact]
    public void Extract_TakesTheTitledNameEndingAnOpeningPhraseAsSpeakerAndItsCapacityAsRole()
    {
        var document = Release(
            "In her first address as Lord Mayor Councillor Ruth Allen said,",
            "“It is an honour to serve the city for the coming year.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Councillor Ruth Allen", speaker?.Name);
        Assert.Equal("Lord Mayor", speaker?.RoleText);
    }

    [Fact]
    public void Extract_DoesNotTakeAGovernmentForAPronounsPerson()
    {
        var document = Release(
            "The Welsh Government's grant has been welcomed by the council, which had asked for it.",
            "He said: “This is a good start, but only a start.”");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }

    [Fact]
    public void Extract_ReadsAProvostsTitleAsTheirRole()
    {
        var document = Release(
            "Provost Len Scott presented the awards to the winners.",
            "He said: “The contribution volunteers make to our towns is impossible to measure.”");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Provost Len Scott", speaker?.Name);
        Assert.Equal("Provost", speaker?.RoleText);
    }

    [Fact]
    public void Extract_ReadsAnAldermansTitleAsPartOfTheirName()
    {
        var document = Release(
            "Opening the meeting, Alderman Mark Fenton said the council was urging people to stay safe.",
            "Further to this, he added: “Please celebrate safely at home this year.”");

        Assert.Equal("Alderman Mark Fenton", Assert.Single(document.Quotations).Speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesAJointStatementToEachSignatory()
    {
        var document = Release(
            "“Our five councils will bid together for the transport fund.",
            "“We ask the government to meet us before the summer.”",
            "Cllr Ann Hughes - Leader, Hollin County Council\nCllr Peter Oduya - Leader, Mardale District Council\nCouncillor Ruth Oakes - Leader, Kestrel Bay Borough Council");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal(["Cllr Ann Hughes", "Cllr Peter Oduya", "Councillor Ruth Oakes"], quotation.Speakers.Select(s => s.Name));
        Assert.All(quotation.Speakers, s => Assert.Equal(AttributedBy.Signatory, s.AttributedBy));
        Assert.Equal("Leader, Mardale District Council", quotation.Signatories[1].RoleText);
        Assert.Equal(TestDocuments.SpanOf(document, "Cllr Peter Oduya"), quotation.Signatories[1].NameSpan);
    }

    [Fact]
    public void Extract_AttributesAQuotationToASignOffLineAfterIt()
    {
        var document = Release(
            "“Thank you to every volunteer who gave up a weekend to clear the beach.”",
            "Sam Okafor, Coastal Ranger");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Sam Okafor", speaker?.Name);
        Assert.Equal(AttributedBy.LaterParagraph, speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_AParagraphIntroducingTheNextQuotation_IsNotASignOffForTheOneBefore()
    {
        var document = Release(
            "“I work shifts, so a late opening means I can finally bring the children.”",
            "Councillor Priya Mistry, Cabinet Member for Leisure, said:",
            "“Libraries should open when people can come.”");

        Assert.Null(document.Quotations[0].Speaker);
        Assert.Equal("Councillor Priya Mistry", document.Quotations[1].Speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesAnAnonymousSpeakerInBrackets()
    {
        var document = Release("“The storyteller kept the whole room spellbound for an hour.” (Parent, Saturday story time)");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Parent", speaker?.Name);
        Assert.Equal(TestDocuments.SpanOf(document, "Parent"), speaker?.NameSpan);
    }

    [Fact]
    public void Extract_AttributesANamedSpeakerInBrackets()
    {
        var speaker = Assert.Single(Release("“The new crossing has made the school run safer.” (Fatima Noor, parent)").Quotations).Speaker;

        Assert.Equal("Fatima Noor", speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesSpeechAfterADash()
    {
        var speaker = Assert.Single(Release("“We cleared forty bags of litter in a morning.” – Ella Brooks, volunteer").Quotations).Speaker;

        Assert.Equal("Ella Brooks", speaker?.Name);
    }

    [Fact]
    public void Extract_MarksACouncilSpokespersonAsSpeakingForTheCouncil()
    {
        var speaker = Assert.Single(Release("A council spokesperson said: “The restaurant was given every chance to put things right.”").Quotations).Speaker;

        Assert.Equal("council spokesperson", speaker?.Name);
        Assert.Equal(AttributedBy.Spokesperson, speaker?.AttributedBy);
    }
}
