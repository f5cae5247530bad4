"""Article texts and page furniture for the hard pages (written for readout's tests;
CC0). Each article is a list of paragraphs; a paragraph starting with '## ' is a
subheading."""

ARTICLES = {
"ferry": [
    "The harbour board voted on Tuesday night to keep the last ferry from the mainland running through the winter, reversing a decision that had angered commuters and shop owners across the islands.",
    "The 9.40pm sailing was due to end in November to save about 180,000 euros a year. Board members said a petition signed by more than 4,000 residents, and a promise of support from the regional council, had changed their minds.",
    "\u201cWe heard people who work late shifts at the hospital and in the restaurants, and they had no other way home,\u201d said Maria Ostrander, the board\u2019s chair. \u201cA timetable is not only a spreadsheet.\u201d",
    "The regional council will pay half the cost for two years, after which the board will review passenger numbers. Critics said the deal only postponed the question.",
],
"brief": [
    "Police closed the coast road between Hallam and Brierley on Sunday morning after a lorry shed its load of timber near the quarry turn. Nobody was hurt, and officers expect the road to reopen by the evening rush hour once the logs have been cleared.",
],
"clinic": [
    "A rural clinic that closed its doors in March will reopen next month after a charity and two local councils agreed to share its running costs, ending a year in which patients travelled up to 60 kilometres to see a doctor.",
    "The Linden Valley clinic served about 3,000 people across seven villages until its last permanent doctor retired. Recruitment drives failed twice, and the health authority said it could not justify the cost of locum cover.",
    "Under the new arrangement, the Fieldcare Trust will employ two part-time doctors and a nurse practitioner, while the councils will pay for the building and its heating. The health authority has agreed to fund prescriptions and tests as before.",
    "Residents had campaigned for months, holding weekly meetings in the village hall. \u201cMy mother is 87 and she was missing appointments because the bus takes two hours,\u201d said Tomas Brill, one of the organisers. \u201cThis changes her life.\u201d",
    "The clinic will open three days a week at first, with evening hours on Thursdays. Its managers hope to add a fourth day by the summer if they can find another doctor willing to work in the valley.",
],
"grain": [
    "The two leaders spoke by telephone on Thursday for nearly an hour, their first conversation since the grain corridor was suspended last month, according to statements released by both governments.",
    "According to the statement from the presidency, they discussed reopening the sea route for wheat and maize shipments and agreed that their ministers would meet in Istanbul next week to work out the details.",
    "The second statement was more cautious, saying only that the call had been \u201cfrank and useful\u201d and that any new arrangement would depend on guarantees for ships crossing the western part of the sea.",
    "Traders reacted quickly. Wheat futures fell by almost 3 percent in Chicago after the statements were published, as buyers bet that more grain would reach markets in North Africa and the Middle East before the spring.",
    "Aid agencies welcomed the call but warned that stocks in several importing countries were already running low. The World Food Programme said it needed 250 million dollars to cover shortfalls in the next three months.",
    "Diplomats said the talks in Istanbul were likely to focus on inspections. Under the previous deal, every ship was checked by joint teams before leaving port, a process that shippers complained added days to each voyage.",
],
"library": [
    "The city library will open on Sundays for the first time in its 110-year history from next month, after volunteers offered to staff the reading rooms and the council found money for a caretaker.",
    "Librarians said Sunday was the day most often requested in surveys. Families with children at school during the week, and people who work Saturdays, have long asked for more hours.",
    "The trial will run for six months. Only the ground floor, with its children\u2019s section, newspapers and computers, will be open; the archive and the local history room will stay closed.",
],
"bridge": [
    "Engineers found cracks in two of the steel cables supporting the Weir Street footbridge during a routine inspection last week, and the bridge will stay closed until at least the end of the year, the council said on Monday.",
    "The 1970s bridge carries about 6,000 pedestrians and cyclists a day across the river between the station and the old town. Its closure adds a detour of almost a kilometre through the busy Market Road junction.",
    "Council engineers said the cables showed corrosion where water had collected inside their protective sleeves. They stressed that the bridge was closed as a precaution and had not been in danger of collapse.",
    "## A temporary crossing",
    "The council is studying whether a temporary crossing could be built beside the closed bridge. A similar structure was used in 2009 when the road bridge downstream was repaired, and stood for fourteen months.",
    "Cycling groups urged the council to act quickly. \u201cEvery week this bridge is closed, more people will go back to driving,\u201d said Ana Keller of the Riverside Cycling Club.",
    "## Repairs and costs",
    "Replacing the cables is expected to cost between 2 and 3 million euros. The council said it would apply to the national infrastructure fund, which covers up to 70 percent of the cost of urgent repairs to public structures.",
],
"orchard": [
    "Apple growers in the northern valleys expect their smallest harvest in a decade after a late frost in April killed blossom on thousands of trees, the growers\u2019 association said in its annual forecast.",
    "The association estimates the crop at about 210,000 tonnes, down by a third from last year. Some orchards at higher altitudes lost almost all their fruit, while those on the valley floor were largely spared.",
    "Growers who did not have frost protection, such as sprinklers or wind machines, were hit hardest. Many smaller family farms cannot afford the equipment, which can cost more than 20,000 euros per hectare.",
    "The regional government has promised emergency aid of 15 million euros, to be paid to farms that lost more than 30 percent of their expected harvest. Applications open in September.",
    "Buyers warned that prices in shops would rise, especially for local varieties. Imports from the southern hemisphere are expected to fill some of the gap.",
],
"school": [
    "Parents at Eastfield Primary School have raised more than 40,000 pounds in six weeks to replace a playground that was closed in the spring after inspectors found its surface unsafe.",
    "The school had been told it would have to wait at least two years for council funding. Instead, parents organised a sponsored walk, a book sale and an auction of donated prizes, including a signed football shirt.",
    "Work on the new playground will begin during the summer holidays. The design, chosen by a vote of the pupils, includes a climbing wall, a sandpit and a quiet garden for children who prefer to read at break time.",
    "\u201cThe children have been playing on the field when it is dry and staying inside when it is not,\u201d said the head teacher, Ruth Abara. \u201cWe could not have done this without the families.\u201d",
],
"rail": [
    "Rail services between the capital and the coast will be cut by half for three weekends in October while engineers replace a bridge over the canal at Marston, the operator announced on Wednesday.",
    "Replacement buses will run between Marston and Ellery, adding about 40 minutes to journeys. The operator advised passengers to travel early and to check times before setting out.",
    "The bridge, built in 1887, is one of the oldest still in use on the line. Its replacement has been planned for five years and was postponed twice, once because of the pandemic and once because of a shortage of steel.",
    "Passenger groups criticised the timing, which overlaps with the half-term holiday in several counties. The operator said October was the only window in which the canal could be closed to boats.",
],
"museum": [
    "A painting missing for almost forty years was returned to the town museum on Friday after a retired schoolteacher recognised it hanging in a neighbour\u2019s hallway.",
    "The small oil landscape, by a local artist of the 1920s, disappeared from the museum in 1986 during renovation work. It was never insured and was not reported to the police until months later.",
    "The neighbour said she had bought it at a house clearance sale for a few pounds and had no idea of its history. The museum has thanked her and will not seek any action.",
    "Curators say the painting is in good condition apart from a small tear in one corner. It will go back on display in the spring, after restoration, with a label telling the story of its return.",
],
"storm": [
    "Thousands of homes were still without power on Monday evening after a storm brought down trees and power lines across the south-west, and forecasters warned of more strong winds overnight.",
    "The network operator said about 18,000 properties remained disconnected, down from a peak of 65,000 on Sunday. Engineers from other regions had been sent to help, but fallen trees were blocking access to many sites.",
    "Several schools were closed and a number of roads remained shut. On the coast, waves of up to eight metres were recorded, and the harbour at Porthellin was damaged when a section of its wall collapsed.",
    "The weather service issued a yellow warning for wind until midday on Tuesday. It said gusts of up to 100 kilometres an hour were possible on exposed hills and headlands.",
],
"interview": [
    "For twenty years, Helen Marsh has run the only bookshop in a town of 9,000 people. We asked her how it survives.",
    "Q: How has the shop changed since you opened it?",
    "A: When I started, half our sales were to schools and libraries. Those contracts went to big suppliers long ago, so now we depend on people who walk through the door, and on the events we hold.",
    "Q: What kind of events?",
    "A: Readings, mostly, but also a book club for teenagers that has been running for eleven years. Some of its first members now bring their own children.",
    "Q: Do online sellers worry you?",
    "A: Of course. But people tell me they come here because someone will talk to them about what they read. A website cannot do that the same way, however good its suggestions are.",
],
"spanish": [
    "El ayuntamiento aprob\u00f3 el martes un plan para plantar 12.000 \u00e1rboles en los barrios del sur de la ciudad antes de 2027, con el objetivo de reducir la temperatura en las calles durante los veranos.",
    "Seg\u00fan los t\u00e9cnicos municipales, algunas zonas del sur registran hasta cinco grados m\u00e1s que los parques del centro en los d\u00edas de calor. La falta de sombra y el asfalto explican buena parte de la diferencia.",
    "El plan costar\u00e1 unos 8 millones de euros, financiados en parte con fondos europeos. Los vecinos podr\u00e1n proponer calles y plazas a trav\u00e9s de una consulta que se abrir\u00e1 en oto\u00f1o.",
],
"festival": [
    "The summer music festival on the old harbour will go ahead this year after organisers reached a last-minute agreement with residents over noise and late-night crowds.",
    "Concerts will now end at 10.30pm instead of midnight, and the organisers will pay for extra cleaning and for stewards on the streets leading to the harbour. A hotline will take complaints during the four days of the festival.",
    "The festival drew 35,000 people last year and brings an estimated 3 million euros to local businesses. Some residents had threatened legal action after last summer\u2019s edition, saying they could not sleep for a week.",
],
"vaccine": [
    "Health officials will open walk-in vaccination centres in four shopping malls next week in an effort to reach young adults, whose uptake of the seasonal vaccine has lagged behind other age groups.",
    "Only about 28 percent of people aged 18 to 30 were vaccinated last winter, compared with 70 percent of those over 65. Officials said convenience, not opposition, was the main reason young people gave for missing out.",
    "The centres will be open from noon until 8pm on weekdays and on Saturday mornings. No appointment will be needed, and people can bring a friend or family member to be vaccinated at the same time.",
    "The health ministry said it would review the scheme in January and could extend it to universities and large workplaces if it proved successful.",
],
"river": [
    "Volunteers pulled more than two tonnes of rubbish from the river Aln over the weekend, including three shopping trolleys, a motorbike and hundreds of plastic bottles, in the largest clean-up the town has organised.",
    "About 150 people took part, working in teams along a six-kilometre stretch between the weir and the estuary. Canoeists collected what had caught in the reeds, while others searched the banks.",
    "Organisers said the amount of plastic had fallen since the last clean-up three years ago, which they credited to a deposit scheme for bottles introduced by the council. Fishing line and wet wipes remained a problem.",
    "The river trust will now test the water at ten points along the river every month and publish the results online, after residents raised concerns about sewage discharges during heavy rain.",
],
"quarry": [
    "Plans to reopen the old limestone quarry above Hallow Bank were rejected on Thursday by the county planning committee, which said the extra lorries would put walkers and cyclists on the narrow lane at risk.",
    "The operator had promised to limit blasting to two mornings a week and to plant a screen of trees along the ridge, but neighbours told the meeting that dust from the last period of working had settled on their gardens for years.",
    "One councillor, a former haulier, said the junction with the main road was too tight for loaded trucks to turn without crossing into the oncoming lane, and that no condition could change that.",
    "The company has six months to appeal. Its managing director said it would study the decision carefully before deciding, and that forty jobs had been promised to people in the village.",
    "Walkers' groups welcomed the vote. Their chair said the path along the quarry rim, closed since a rockfall in 2019, should now be repaired and opened again before the summer.",
],
"beach": [
    "Lifeguards will patrol four more beaches this summer after the coastguard recorded its busiest season on record last year, with more than three hundred call-outs between May and September.",
    "The new patrols, at Sandy Haven, Gullet Cove, Marram Point and the north end of Long Strand, will run from ten in the morning until six in the evening every day from the end of May.",
    "The charity that trains the lifeguards said it had recruited sixty new volunteers over the winter, many of them students from the college's sports course, and that each had passed a pool and an open-water test.",
    "Rip currents caused most of last year's rescues. Visitors are asked to swim between the red and yellow flags and to call the coastguard rather than go into the water after someone in trouble.",
],
"bakery": [
    "A bakery that has stood on Fore Street for a hundred and twelve years will close at the end of the month, its owners said on Monday, blaming the cost of flour and energy and a fall in the number of people walking through the town centre.",
    "Maureen and Tom Pascoe took over the shop from his parents in 1986. Their pasties, made to a recipe written down by his grandmother, won a regional prize three times, and queues on market days often stretched past the bank.",
    "The couple said they had tried shorter hours and a smaller range before deciding to stop. Their oven alone, they said, now costs more to run each week than they pay the two assistants who have worked with them for twenty years.",
    "The building's landlord said he hoped another food business would take the lease. Customers have left cards and flowers on the step, and a farewell tea is planned for the last Saturday.",
],
"allotment": [
    "The allotments behind St Anne's church have a waiting list for the first time in thirty years, the society that runs them said at its spring open day on Sunday.",
    "Forty-two people have asked for a plot since January, most of them young families from the new houses on the Marsh Road estate, and the society has split six of the larger plots in two to make room.",
    "The oldest tenant, who has grown leeks on the same ground since 1971, showed visitors how to build a bean frame from hazel poles cut in the churchyard.",
    "The society hopes the council will let it use the field beside the old railway line, which has stood empty since the depot closed, for another twenty plots next year.",
],
"choir": [
    "The Harbour Singers, a choir formed in a pub back room eight years ago, will perform at the Royal Albert Hall in May after winning a national competition for community choirs.",
    "Its forty members include a fisherman, two nurses, a retired headteacher and a teenager who joined with her grandfather, and none of them read music when they started.",
    "Their conductor said the judges had praised a sea shanty arranged by one of the members, which the choir sang without accompaniment in the final round in Birmingham.",
    "The choir is raising money for the coach and a night in a hotel, and will hold a concert in the lifeboat station on the first Saturday of April to help pay for the trip.",
    "Rehearsals have moved from the pub to the school hall, which the headteacher offered free of charge, because the back room could no longer hold everyone who wanted to come.",
    "Several members said singing had helped them through illness and loss. One, whose husband died two winters ago, said the Tuesday practice was the only evening she looked forward to.",
    "Tickets for the London concert sold out within a day, but the organisers have promised to stream the performance online, and the pub will show it on a screen in the bar.",
],
}

# Teasers: headline and one-line summary, written to read like prose.
TEASERS = [
    ("Council approves new cycle lanes on the ring road", "The scheme will take a lane from cars on two stretches of the road, and work starts in the spring."),
    ("Hospital car park charges to rise in January", "Patients and visitors will pay a pound more an hour, though staff and blue badge holders will be exempt."),
    ("Local baker wins national award for sourdough", "The judges praised the crust and the flavour of a loaf made with flour from a mill two miles away."),
    ("Flood defences finished a year ahead of schedule", "The new walls and gates protect about 800 homes that were flooded twice in the last decade."),
    ("Football club names former player as manager", "He returns to the club where he scored more than a hundred goals, and signs a three-year contract."),
    ("Night buses return to the city centre", "Services will run every half hour on Friday and Saturday nights after a two-year break."),
    ("University plans new campus on old factory site", "The plans include housing for 1,200 students and a public park along the canal."),
    ("Power station chimney to be demolished next month", "Residents within 300 metres will be asked to leave their homes for the morning of the blast."),
    ("Farmers warn of hay shortage after dry summer", "Prices have doubled since June, and some farmers say they may sell part of their herds."),
    ("Swimming pool reopens after a year of repairs", "The pool has a new roof and changing rooms, and a learner pool for young children."),
    ("Police appeal for witnesses after bank robbery", "Two men threatened staff and escaped with cash in a dark blue car, officers said."),
    ("Zoo welcomes two rare red panda cubs", "The cubs were born in July and will be shown to visitors for the first time this weekend."),
    ("Housing plan for green belt rejected", "Councillors said the 400 homes would overload roads and schools in the village."),
    ("Theatre announces programme for its centenary year", "The season opens with a new play by a local writer and ends with a pantomime."),
    ("Heatwave warning issued for the weekend", "Temperatures could reach 34 degrees, and people are advised to check on elderly neighbours."),
    ("Airport to add flights to three new destinations", "The routes will begin in March and include a daily service to the capital."),
    ("Teachers vote to accept pay offer", "The union said the deal was not perfect but protected jobs and classroom sizes."),
    ("Market traders protest against rent increase", "Stallholders say the higher fees will force some of them to close for good."),
    ("New footpath links villages along the coast", "The twelve-kilometre path took three years to build and follows an old railway line."),
    ("Charity shop celebrates fifty years on the high street", "Volunteers say it has raised more than a million pounds for hospice care."),
    ("Wind farm plan goes to public inquiry", "The developer says the turbines would power 90,000 homes; opponents fear for the landscape."),
    ("Record numbers visit the castle this summer", "More than 200,000 people came through the gates, helped by a new exhibition on its history."),
    ("Roadworks to close bridge for two weeks", "Drivers are advised to use the bypass while the surface is replaced."),
    ("Student wins place at international science fair", "Her project on cleaning river water with sand filters beat entries from 60 schools."),
]

COMMENTS = [
    ("riverwatcher", "I have taken that ferry twice a week for fifteen years and I can tell you the late boat is the only one that works for anyone on shifts. The board should never have put it on the list in the first place, and I am glad they listened in the end."),
    ("Margaret P.", "This is good news, but two years is not very long. What happens when the council money runs out? We will be back here again with another petition, and people will be tired of signing them."),
    ("islandlad", "Funny how they always find the money when there is an election coming. Still, better than nothing. Thanks to everyone who collected signatures in the rain outside the supermarket."),
    ("K. Osei", "My daughter works at the hospital until nine and the last boat is the only way she gets home before midnight. I wrote to the board three times and never had an answer, so I am pleased, but I would like to know who decided to cut it."),
    ("harbourview", "The real problem is that the ferries are old and expensive to run. Until someone pays for new boats we will keep having these arguments every winter about which sailing to cut."),
    ("DJ", "Does anyone know whether the 9.40 will also run on Sundays? The article does not say, and the timetable on the website has not been updated since the summer."),
    ("Ellen from the north end", "I run a small cafe near the pier and half my evening customers come over on that boat. If it had gone, I would have had to close at seven. Thank you to the board for changing its mind."),
    ("anonymous", "Two hundred thousand a year for one sailing seems a lot. I would like to see the passenger numbers before I decide whether this was money well spent or not."),
    ("Pete W", "Well done to the campaigners. It shows that turning up to meetings and writing letters still works, even when everyone tells you it is pointless and the decision has already been made."),
    ("seagull", "Now can we talk about the car deck prices? They went up again in September, and nobody signed a petition about that one, although it costs families far more over a year."),
]

FOOTER_ABOUT = "The Valley Courier has served readers in the valley and the coast since 1889. We are an independent newspaper owned by a charitable trust, and every penny of profit is spent on local journalism. Our newsroom is at 12 Mill Street, and readers are welcome to visit on weekday mornings."
FOOTER_LEGAL = "All content is copyright of the publisher unless otherwise stated. No part of this website may be reproduced without permission. We use cookies and similar technologies to give you a better experience, to measure traffic and to show personalised advertising."
AUTHOR_BIO = "Jane Okafor is the Courier\u2019s transport correspondent. She has covered the islands, the ferries and the railways for eleven years, and before that reported on local government in the city."
COOKIE = "We and our partners use cookies to store and access information on your device, to show you personalised ads and content, to measure ads and content, to understand our audiences and to develop our products. You can accept all cookies or manage your preferences, and change your mind at any time by visiting the privacy settings at the bottom of every page."
NEWSLETTER = "Sign up for the Morning Briefing: the news you need to start your day, delivered to your inbox every weekday at 7am. You can unsubscribe at any time, and we will never share your address."
PAYWALL = "You have read three of your five free articles this month. Subscribe today for unlimited access to every story, the digital edition of the paper and our weekly newsletters, from just one pound a week for the first three months."
