import { describe, expect, it } from "vitest";
import { articleOf, figuresOf, oneFigure } from "./helpers.js";
import { extractFigures } from "../src/figures.js";

describe("qualifiers", () => {
  it.each([
    { input: "North Korea sent more than 1,000 containers to Russia.", expected: "more-than" },
    { input: "North Korea sent over a million shells to Russia.", expected: "more-than" },
    { input: "Pyongyang shipped upward of 10,000 containers to Moscow.", expected: "more-than" },
    { input: "North Korea has shipped at least 7,000 containers to Russia.", expected: "at-least" },
    { input: "North Korea dispatched approximately 7,000 containers to Russia.", expected: "about" },
    { input: "Some 1,500 special forces soldiers were sent to Russia.", expected: "about" },
    { input: "Russia received nearly 5 million shells from North Korea.", expected: "nearly" },
    { input: "Pyongyang could send up to 100,000 troops to Russia.", expected: "up-to" },
    { input: "North Korea sent fewer than 500 officers to Russia.", expected: "less-than" },
    { input: "North Korea sent 3,000 troops to Russia.", expected: "exact" },
    { input: "North Korea sent several ballistic missiles to Russia.", expected: "vague" },
    { input: "North Korea sent dozens of launchers to Russia.", expected: "vague" },
    { input: "The most conservative reckoning of the shipments tops $1.7 billion.", expected: "more-than" },
    { input: "Russia's imports of North Korean shells exceeded 3 million rounds.", expected: "more-than" },
    { input: "Thousands of North Korean soldiers fought in Kursk last year.", expected: "vague" },
    { input: "Millions of North Korean rounds reached Russian gunners.", expected: "vague" },
    { input: "Tens of thousands of North Korean workers are in Russia.", expected: "vague" },
    { input: "She put the total somewhere around $1.7 billion.", expected: "about" },
    { input: "On some days, four or more freight trains run to Russia.", expected: "at-least" },
    { input: "A couple thousand North Korean troops have moved to Kursk.", expected: "about" },
    { input: "He put the number of North Korean soldiers sent to Russia to take part in the war against Ukraine at about 12,000.", expected: "about" },
    { input: "The deployment could earn Pyongyang hundreds of millions of dollars.", expected: "vague" },
    { input: "Moscow has handed over four Pantsir systems to Pyongyang.", expected: "exact" },
    { input: "Russia turned over 20 air-defence launchers to North Korea.", expected: "exact" },
    { input: "North Korea shipped over 2 million shells to Russia.", expected: "more-than" },
    { input: "The toll among North Korean troops has passed 3,000 killed or wounded.", expected: "more-than" },
    { input: "We know about 10,000 soldiers of North Korea that are in Russia.", expected: "exact" },
    { input: "North Korean casualties approach 1,000.", expected: "nearly" },
    { input: 'The monitors found that the DPRK stole "at least" $1.65 billion in nine months.', expected: "at-least" },
  ])("'$input' is $expected", ({ input, expected }) => {
    expect(oneFigure(input).quantity.qualifier).toBe(expected);
  });

  it.each([
    { input: "Western officials put North Korean losses at about 1,000 dead and 3,000 wounded.", expected: ["about", "exact"] },
    { input: "Beyond Parallel counted approximately 175 ore cars, 14 box cars, 66 tank cars, and 6 locomotives at Tumangang.", expected: ["about", "about", "about", "about"] },
    { input: "Out of an estimated 11,000 troops sent by Pyongyang, 4,000 have become battle casualties.", expected: ["about", "exact"] },
    { input: "North Korea sent about 1,000 containers to Russia and 3,000 troops to Kursk.", expected: ["about", "exact"] },
    { input: "North Korea sent more than 100 missiles and 50 launchers.", expected: ["more-than", "exact"] },
  ])("carries an approximation over a list set off by commas, and no further: '$input'", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.quantity.qualifier)).toEqual(expected);
  });
});

describe("items and categories", () => {
  it.each([
    { input: "North Korea sent 1,000 containers filled with artillery ammunition to Russia.", expected: "containers" },
    { input: "Russia received 3 million 152 mm artillery shells from North Korea.", expected: "artillery-shells" },
    { input: "North Korea obtained over 1 million barrels of oil from Russia.", expected: "oil" },
    { input: "North Korea has sent over 10,000 troops to Russia.", expected: "troops" },
    { input: "Tankers made more than 40 trips to Vostochny.", expected: "trips" },
    { input: "About 300 North Korean soldiers were killed or wounded.", expected: "casualties" },
    { input: "Pyongyang delivered 50 KN-23 missiles to Moscow.", expected: "ballistic-missiles" },
    { input: "North Korea sent 120 self-propelled howitzers to Russia.", expected: "artillery-systems" },
    { input: "Russia shipped 10,000 tonnes of rice to North Korea.", expected: "food" },
    { input: "The Treasury designated 9 individuals and sanctioned the bank.", expected: "designations" },
    { input: "The resolution was backed by 13 votes in favour.", expected: "votes" },
    { input: "Russia has deployed some 8,000 North Koreans in Kursk.", expected: "troops" },
    { input: "The spy agency said 300 North Koreans had been killed.", expected: "casualties" },
    { input: 'Zelensky said close to 3,000 North Korean soldiers had been "killed or wounded" in the region.', expected: "casualties" },
    { input: "The NIS now estimates that about 3,000 North Korean troops have become casualties.", expected: "casualties" },
    { input: "The NIS estimated the toll at 3,000.", expected: "casualties" },
    { input: "Thirty-six people were hurt.", expected: "casualties" },
    { input: "Russian pork exports to the North between January and May reached 1,200 tons.", expected: "food" },
    { input: "Near the village, at least three North Korean servicemen went missing.", expected: "casualties" },
    { input: "Seoul sanctioned two Russian firms over their role in sending workers abroad, as well as two Russian nationals linked to them.", expected: "designations" },
    { input: "Pyongyang handed over more than 200 pieces of heavy artillery.", expected: "artillery-systems" },
    { input: "The force is made up of two military brigades.", expected: "troops" },
    { input: "Casualties among the North's forces exceeded 3,000.", expected: "casualties" },
    { input: "Thirteen members voted in favour and China abstained.", expected: "votes" },
    { input: "Seventeen tankers were sanctioned.", expected: "designations" },
    { input: "Seventeen tankers called at the port.", expected: "vessels" },
    { input: "Of the 11,000 sent, 4,000 have become battle casualties.", expected: "casualties" },
    { input: "The other 5,000 will be military construction workers.", expected: "troops" },
    { input: "North Korea has been losing about 92 soldiers a day since December.", expected: "casualties" },
    { input: "Around 4,000 North Korean labourers are believed to be working in Russia.", expected: "troops" },
    { input: "Under the deal, 97 Russian tourists visited the North.", expected: "other" },
    { input: "Approximately 15,000 labor immigrants arrived in Russia.", expected: "troops" },
    { input: "North Korean troops, numbering between 10,000 and 12,000, have been stationed in Kursk.", expected: "troops" },
    { input: "His deputy, Major General Vadym Skibitsky, added that about 1,000 North Korean servicemen are being trained.", expected: "troops" },
    { input: "Around 15,000 North Koreans have recently been sent to Russia.", expected: "troops" },
    { input: "North Korea suffered losses exceeding 4,000.", expected: "casualties" },
    { input: 'North Korea sent nearly 50 M-1978 "Koksan" self-propelled howitzers to Russia.', expected: "artillery-systems" },
    { input: "Satellites spotted two ship-to-ship transfers of oil.", expected: "trips" },
    { input: "There were 18 high-level exchanges between the two countries this year.", expected: "trips" },
  ])("'$input' counts $expected", ({ input, expected }) => {
    expect(figuresOf(input).at(-1)?.category).toBe(expected);
  });

  it.each([
    { input: "There are now 'about 12,000' North Korean soldiers in Russia.", expected: "North Korean soldiers" },
    { input: 'Seoul says "more than 10,000" troops have been sent to Russia.', expected: "troops" },
  ])("names the item of a quoted amount without its closing quotation mark: '$input'", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.item)).toEqual([expected]);
  });

  it.each([
    { input: "Resolution 2397 was adopted in 2017.", why: "a resolution number and a year" },
    { input: "The KN-23 fell on December 30 at 7:43 AM.", why: "a model name, a day and a time" },
    { input: "The 152 mm and 122mm guns fired.", why: "calibres" },
    { input: "About 80% of the shells were defective, the 45-year-old officer said.", why: "a percentage and an age" },
    { input: "The two countries signed a treaty under Article 4.", why: "a count of nothing counted and an article number" },
    { input: "The panel assisted the Security Council's 1718 sanctions committee.", why: "a committee named by its resolution" },
    { input: "Russia has sent air-defence missiles, one of South Korea's most senior officials has said.", why: "one picked out of a group" },
    { input: "Any entities owned 50 percent or more by one or more blocked persons are also blocked.", why: "a legal formula" },
    { input: "The KN-23 carries a warhead of up to one tonne and has a range of 700 km.", why: "specifications of a weapon" },
    { input: "Pyongyang also sends Type 63 rockets and Project 636 submarines.", why: "model designations" },
    { input: "North Korea has a population of 25 million people.", why: "the size of a country" },
    { input: "North Korea is supplying 500 kilogram ballistic missiles to Russia.", why: "the weight of a weapon" },
    { input: "The warheads weigh up to one tonne.", why: "a weight" },
    { input: "All deputies voted in favour, and no one voted against.", why: "no one is nobody" },
    { input: "Putin gave gifts that three generations of North Korean leaders had asked for.", why: "generations are a length of time" },
    { input: "There are hundreds of North Korean factories producing ammunition for Russia.", why: "factories, whatever they make" },
    { input: "Since the summit in September, the number of railcars began to rise five days after it.", why: "a length of time" },
  ])("finds no figure in '$input' ($why)", ({ input }) => {
    expect(figuresOf(input)).toEqual([]);
  });
});

describe("flows", () => {
  it.each([
    { input: "North Korea has provided Russia with more than 1,000 containers.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "Pyongyang shipped at least 7,000 containers to Moscow.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "North Korea obtained over 1 million barrels of oil from Russia.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "Pyongyang earned $1bn from the arms deals with Moscow last year.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "Kim Jong Un has sent 11,000 troops to help Vladimir Putin.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "North Korea and Russia signed a pact. Official figures show 13,221 North Koreans entered Russia last year.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "Russia repatriated 300 North Korean troops to Pyongyang.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "About 2,000 wounded soldiers had been repatriated to North Korea from Russia.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "Back in May, John Kirby, the US national security communications adviser, put Russia's refined petroleum deliveries to North Korea in March alone at more than 165,000 barrels.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "North Korea will send 1,000 sappers to clear landmines on Russian soil and 5,000 military construction workers to repair roads.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "Russia paid North Korea an estimated $20 billion for the weapons.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "Russia has sent North Korea 1.5m barrels of oil.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "North Korea is arming Russia. Some 13,000 containers have been moved out through the port of Najin, just down the coast from the Russian border.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "North Korea and Russia signed a pact. The North is expected to send a total of 12,000 troops to the war in Ukraine.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "Russia needs North Korean arms. The deal comes on top of the 148 missiles Pyongyang delivered last year.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "The U.S. accused North Korea of shipping over 1,000 containers to Russia.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "More than a million North Korean artillery shells had been transported to Russia since August.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "In exchange, North Korea was expected to receive over 9,000 containers of food from Russia.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "North Korea is preparing to triple its troop presence on Russia's front lines against Ukraine by sending a further 25,000 soldiers.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "North Korea and Russia signed a pact. Ukraine has solid evidence that 12,000 North Korean soldiers are in Russia.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "Pyongyang agreed, at a meeting between Kim and Russian Security Council Secretary Sergei Shoigu, to send a further 6,000 military workers to the Kursk region.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "North Korea and Russia signed a tourism deal. Under it, 97 Russian tourists were let into the North on a four-day visit.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "North Korea and Russia signed a pact. According to TASS, Kim also received five one-way attack drones.", expected: { supplier: "RU", recipient: "KP" } },
    { input: "North Korea has shipped shells to Russia. The deliveries, estimated at 4 million shells by Ukrainian intelligence, continued into 2025.", expected: { supplier: "KP", recipient: "RU" } },
    { input: "SEOUL - A year after Kim Jong Un and Vladimir Putin signed their treaty, the bond between North Korea and Russia has tightened, not least because Kim chose to send at least 12,000 troops to fight in Putin's war.", expected: { supplier: "KP", recipient: "RU" } },
  ])("'$input' flows $expected.supplier → $expected.recipient", ({ input, expected }) => {
    // Every amount in the sentence moves the same way.
    const flows = figuresOf(input).map((f) => f.flow);
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) expect(flow).toEqual(expected);
  });

  it("gives no flow to a third country's own troops in an article about the trade", () => {
    const figures = figuresOf("North Korea has sent troops to Russia. Ukraine is drafting 160,000 more troops as it braces for winter.");
    expect(figures.map((f) => [f.quantity.value, f.flow])).toEqual([[160000, null]]);
  });

  it("reads a heading inside the article as attributed by the name before its colon", () => {
    const figures = figuresOf("North Korean troops in Kursk: live\n\n08:58 Seoul: more than 3,000 North Koreans now close to the front\n\nThe deployment continues.");
    expect(figures.map((f) => [f.quantity.value, f.claimant?.name])).toEqual([[3000, "Seoul"]]);
  });

  it("gives no direction to the trade both ways", () => {
    expect(oneFigure("Trade between Russia and North Korea rose ninefold to $34 million last year.").flow).toBeNull();
  });

  it("gives no flow to missiles and drones deployed against Ukraine, but moves troops deployed to Russia", () => {
    const figures = figuresOf("North Korea and Russia signed a pact. Russia deployed four North Korean KN-23 missiles and 57 drones against Ukraine. Pyongyang has deployed 11,000 troops to Russia.");
    expect(figures.map((f) => f.flow)).toEqual([null, null, { supplier: "KP", recipient: "RU" }]);
  });

  it("gives no flow to money stolen", () => {
    expect(figuresOf("North Korea sells arms to Russia. The DPRK also stole $1.65 billion in cryptocurrency this year.").map((f) => f.flow)).toEqual([null]);
  });

  it("gives no flow to missiles fired", () => {
    expect(oneFigure("North Korea launched three short-range ballistic missiles into the sea, Seoul said.").flow).toBeNull();
  });
});

describe("claimants", () => {
  it.each([
    { input: "According to U.S. intelligence, North Korea has provided Russia with more than 1,000 containers.", expected: "U.S. intelligence" },
    { input: "North Korea sent 7,000 containers to Russia, according to South Korea's Defence Minister, Shin Won Sik.", expected: "Shin Won-sik" },
    { input: "North Korea sent 12,000 troops to Russia, South Korea's spy agency said.", expected: "National Intelligence Service (NIS)" },
    { input: "Russian forces fired 24 ballistic missiles made in North Korea, Ukraine's top prosecutor said.", expected: "Ukraine's top prosecutor" },
    { input: "A report by the Open Source Centre found that 40 tankers reached Vostochny.", expected: "Open Source Centre (OSC)" },
    { input: '"It is clear," said John Kirby, adding that Russia used 12 North Korean missiles.', expected: "John Kirby" },
    { input: "The cargo included 2,000 tonnes of flour, the Russian embassy in Pyongyang said.", expected: "Russian embassy in Pyongyang" },
    { input: "About 3,000 North Korean troops have been killed, officials in Kyiv say.", expected: "officials in Kyiv" },
    { input: "The shipments, which Western officials value at $5 billion, continued.", expected: "Western officials" },
    { input: "On Friday, the South's spy agency said North Korea sent 1,500 special operation forces to Russia.", expected: "National Intelligence Service (NIS)" },
    { input: "The figure – 13,000 containers – was first disclosed by the Defence Intelligence Agency.", expected: "South Korea's Defense Intelligence Agency (DIA)" },
    { input: "John Kirby, the U.S. National Security Council spokesperson, said in May that Russia had delivered more than 165,000 barrels.", expected: "John Kirby" },
    { input: "WASHINGTON -- The United States has sanctioned 12 entities linked to the trade.", expected: "United States" },
    { input: "The Ukrainian air force reported that 20 North Korean missiles were fired.", expected: "Ukrainian air force" },
    { input: "The MSMT reported in May that North Korea had supplied Russia with about 9 million artillery shells.", expected: "Multilateral Sanctions Monitoring Team (MSMT)" },
    { input: "President Volodymyr Zelensky claimed up to 12,000 North Koreans were deployed.", expected: "Volodymyr Zelensky" },
    { input: "Losses mounted, with Western sources reporting over 6,000 killed.", expected: "Western sources" },
    { input: "Russia has started direct oil supplies to North Korea, with at least five tankers seen at Vostochny, writes Financial Times.", expected: "Financial Times" },
    { input: "Russia supplies 60,000 tons of oil products a year, Russia's ambassador to North Korea, Alexander Matsegora, said.", expected: "Alexander Matsegora" },
    { input: "North Korea is sending 25,000 more troops, according to an assessment by Ukrainian officials. The assessment, which CNN has seen, says the troops could reach Russia within months.", expected: "Ukrainian officials" },
    { input: "Russia sent 70,000 tonnes of flour to North Korea. Moscow wrote off most of the debt in 2014.", expected: undefined },
    { input: "Kim puts his war dead on show as 12,000 troops remain in Russia.", expected: undefined },
    { input: "Western officials put North Korean losses at about 1,000 dead.", expected: "Western officials" },
    { input: "North Korea sent 2 million shells to Russia, according to the Institute for the Study of War.", expected: "Institute for the Study of War (ISW)" },
    { input: "North Korea earned $20 billion from the deals, according to the Korea Institute for Defense Analyses.", expected: "Korea Institute for Defense Analyses" },
  ])("'$input' is claimed by $expected", ({ input, expected }) => {
    expect(oneFigure(input).claimant?.name).toBe(expected);
  });

  it("resolves 'he' and 'the minister' to the person named before", () => {
    const figures = figuresOf("Defence Minister Shin Won-sik said the trade was growing. He estimated that 6,700 containers had gone to Russia.");
    expect(figures.map((f) => f.claimant?.name)).toEqual(["Shin Won-sik"]);
  });

  it("resolves 'the researchers' to the body named before, not to whoever was cited last", () => {
    const figures = figuresOf("The Open Source Centre says the traffic breaches sanctions, citing member states. The tankers loaded well over a million barrels of oil, the researchers estimate.");
    expect(figures.map((f) => f.claimant?.name)).toEqual(["Open Source Centre (OSC)"]);
  });

  it.each([
    { input: "Analysts at the Royal United Services Institute studied images of the port. These show that 12 more vessels called there in March.", expected: "Royal United Services Institute (RUSI)" },
    { input: "Analysts at the Royal United Services Institute studied images of the port. Those suggest about 3,000 containers were unloaded.", expected: "Royal United Services Institute (RUSI)" },
    { input: "Officials at the Ministry of National Defense briefed reporters. It said 1,500 more troops had arrived.", expected: "Ministry of National Defense" },
  ])("reads a sentence-initial pronoun as pointing back, never as a name: '$input'", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.claimant?.name)).toEqual([expected]);
  });

  it("takes no claimant from a passive ('is said to have sent') or an infinitive ('agreed to send')", () => {
    expect(figuresOf("Analysts doubt the more than 1,000 containers that Pyongyang is said to have sent.").map((f) => f.claimant?.name)).toEqual([undefined]);
    expect(figuresOf("North Korea agreed to send 6,000 military workers to Kursk.").map((f) => f.claimant?.name)).toEqual([undefined]);
  });

  it.each([
    { input: "John Kirby spoke to reporters on Friday. According to him, Russia delivered more than 165,000 barrels of oil.", expected: "John Kirby" },
    { input: "Russian Ambassador Alexander Matsegora told RIA Novosti that trade was growing. Russia supplied 60,000 tons of oil, the diplomat said.", expected: "Alexander Matsegora" },
  ])("resolves an object pronoun or a diplomat's title to the person named before: '$input'", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.claimant?.name)).toEqual([expected]);
  });

  it("finds no source in a title-case headline's last words ('..., Breaking UN Sanctions')", () => {
    const figures = figuresOf("Russia Delivers Over a Million Barrels of Oil to North Korea, Breaking UN Sanctions\n\nThe shipments continue.");
    expect(figures.map((f) => f.claimant)).toEqual([null]);
  });

  it("does not resolve 'the think tank' to an official named in passing", () => {
    const figures = figuresOf("The payments reached $20 million, the Dong-A Ilbo reported, citing an unnamed government official. According to the think tank, North Korea sent 194 missiles to Russia.");
    expect(figures.map((f) => f.claimant?.name)).toEqual(["Dong-A Ilbo", "the think tank"]);
  });

  it.each([
    {
      input: "Citing sources in Western intelligence, The Times reported that North Korea supplies Russia. Pyongyang is shipping roughly 3 million shells a year to Moscow, the British newspaper said.",
      expected: "Times",
    },
    {
      input: "National Intelligence Service Director Cho Tae-yong briefed lawmakers on Wednesday. Park said his agency assesses that Pyongyang intends to have 10,000 troops in Russia by December.",
      expected: "National Intelligence Service (NIS)",
    },
    {
      input: "Kim Jong Un said the alliance was strong. Dmytro Ponomarenko, Ukraine's ambassador to South Korea, gave a similar view. He told VOA that Kyiv expected up to 15,000 North Korean troops to be sent to Kursk.",
      expected: "Dmytro Ponomarenko",
    },
    {
      input: "The think tank pointed to Ukrainian President Volodymyr Zelensky's statement that 3,800 North Korean troops had been killed or wounded.",
      expected: "Volodymyr Zelensky",
    },
    {
      input: "The Yomiuri Shimbun reported the smuggling. Citing an analysis of Planet Labs satellite images, the paper said four tankers loaded fuel at Vostochny.",
      expected: "Yomiuri Shimbun",
    },
    {
      input: "This year North Korean officials made 15 visits to Russia, the ministry was quoted by the agency as saying.",
      expected: "the ministry",
    },
    {
      input: "Experts doubt the figures. Trade between Russia and North Korea reached $34 million last year, a Russian trade official said on Tuesday.",
      expected: "Russian trade official",
    },
    {
      input: "Evgeniy Nikiforov, who chairs a committee of exporters, spoke in Moscow, telling Sputnik that 1,200 tons of pork went to North Korea.",
      expected: "Evgeniy Nikiforov",
    },
  ])("resolves who a description, a possessive or a pronoun points to: '$input'", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.claimant?.name)).toEqual([expected]);
  });

  it("resolves 'according to the report' to the author of the report named before", () => {
    const figures = figuresOf("The Multilateral Sanctions Monitoring Team published its first report on Thursday. Pyongyang also handed over more than 100 ballistic missiles, according to the report.");
    expect(figures.map((f) => f.claimant?.name)).toEqual(["Multilateral Sanctions Monitoring Team (MSMT)"]);
  });

  it("gives the speaker of published remarks what the remarks say", () => {
    const text = "Remarks at a UN Security Council Briefing on the DPRK\nAmbassador Robert Wood, Alternative Representative for Special Political Affairs, U.S. Mission to the United Nations | New York | November 4, 2024\n\nThe DPRK has sent some 10,000 soldiers to Russia.";
    const figures = extractFigures({ ...articleOf(text), title: "Remarks at a UN Security Council Briefing on the DPRK" });
    expect(figures.map((f) => [f.claimant?.name, f.claimant?.kind])).toEqual([["Robert Wood", "person"]]);
  });

  it("gives a transcript speaker what they say, and 'our assessment' too", () => {
    const text = "Press briefing\n\nMAJ. GEN. RYDER: Our assessment is that the DPRK has sent approximately 10,000 soldiers to eastern Russia.\n\nQ: How many are in Kursk?\n\nMAJ. GEN. RYDER: About 2,000 soldiers are due to arrive there.";
    expect(figuresOf(text).map((f) => f.claimant?.name)).toEqual(["Maj. Gen. Ryder", "Maj. Gen. Ryder"]);
  });

  it.each([
    { input: "Sanctions\n\nSEOUL, Nov. 18 (Yonhap) -- The government said Friday it would sanction 11 North Korean individuals.", expected: "South Korea" },
    { input: "Fuel deliveries\n\nTOKYO - Russia shipped 100,000 barrels of oil to North Korea last month, the government said.", expected: "Japan" },
    { input: "Fuel deliveries\n\nRussia shipped 100,000 barrels of oil to North Korea last month, the government said.", expected: "the government" },
  ])("reads 'the government' in '$input' as the country of the dateline, if there is one", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.claimant?.name)).toEqual([expected]);
  });

  it.each([
    { input: "Russia has launched no fewer than 24 North Korean missiles, Ukraine's top prosecutor said on Friday. Prosecutor General Andriy Kostin told reporters the missiles mostly missed.", expected: ["Andriy Kostin"] },
    { input: "North Korea will send 6,000 builders to Russia, Moscow's top security official has announced. Sergei Shoigu, secretary of Russia's Security Council, disclosed the plan in Pyongyang.", expected: ["Sergei Shoigu"] },
    { input: "North Korea sent 10,000 troops to Russia, a senior U.S. defence official said. Pentagon spokesman John Kirby told reporters the troops were training.", expected: ["senior U.S. defence official"] },
    { input: "The attacks have killed 24 people, prosecutors said. Prosecutor General Andriy Kostin said the missiles were inaccurate.", expected: ["prosecutors"] },
  ])("gives a described claimant the name the next sentences give, when the office matches: '$input'", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => f.claimant?.name)).toEqual(expected);
  });

  it("reads '..., said the deployment was' as reported speech, not as an inverted subject", () => {
    const figures = figuresOf("Lawmaker Lee Seong-kweun spoke to reporters. Of those, he said, around 300 had been killed, said the deployment was now larger.");
    expect(figures.map((f) => f.claimant?.name)).toEqual(["Lee Seong-kweun"]);
  });

  it("lets 'his office said' speak for the person named before", () => {
    const figures = figuresOf("Prosecutor General Andriy Kostin spoke on Friday. North Korea has sent 3 million artillery shells to Russia, his office said.");
    expect(figures.map((f) => f.claimant?.name)).toEqual(["Andriy Kostin"]);
  });

  it.each([
    { input: "On images from the British think tank RUSI, at least five North Korean tankers came to Vostochny." },
    { input: "Working from intelligence reports and leaked documents, the author put the total at $1.7 billion." },
  ])("takes no noun for a verb of saying in '$input'", ({ input }) => {
    expect(figuresOf(input).map((f) => f.claimant?.name ?? null)).not.toContain("British");
    expect(figuresOf(input).map((f) => f.claimant?.name ?? null)).not.toContain("intelligence");
  });

  it("does not take the place a picture shows for its author", () => {
    expect(figuresOf("Recent satellite imagery of Najin Port shows that at least six sea voyages have taken place since late August.").map((f) => f.claimant?.name)).not.toContain("Najin Port");
  });

  it("does not credit an amount to a speaker in a clause of its own", () => {
    const figures = figuresOf("Kim has sent an estimated 11,000 to 12,000 troops, while Ukraine puts the figure at 15,000.");
    expect(figures.map((f) => [f.quantity.value, f.claimant?.name ?? null])).toEqual([[11000, null], [15000, "Ukraine"]]);
  });

  it("does not take a dateline for a speaker", () => {
    expect(figuresOf("Troops head west\n\nSEOUL: North Korea has sent 10,000 soldiers to Russia.").map((f) => f.claimant)).toEqual([null]);
  });

  it("keeps the claimant apart from the outlet", () => {
    expect(oneFigure("North Korea sent 10,000 troops to Russia.").claimant).toBeNull();
  });
});

describe("amounts that point back", () => {
  it.each([
    { input: "US officials put the number of North Korean troops in Russia at about 10,000, while Seoul judges that it has climbed to 11,000.", expected: [["troops", 10000], ["troops", 11000]] },
    { input: "He confirmed that there are 10,000 North Korean troops in Russia, with as many as 8,000 of them in the Kursk region.", expected: [["troops", 10000], ["troops", 8000]] },
  ])("'$input' counts the same thing twice", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => [f.category, f.quantity.value])).toEqual(expected);
  });
});

describe("parts of a whole", () => {
  it.each([
    { input: "Ukrainian specialists examined the wreckage of 21 of the 50 North Korean-made missiles.", expected: [[21, "North Korean-made missiles"], [50, "North Korean-made missiles"]] },
    { input: "A police official stated that two out of the five missiles were made in North Korea.", expected: [[2, "missiles"]] },
    { input: "Ukraine shot down 18 of 20 attack drones.", expected: [[18, "attack drones"], [20, "attack drones"]] },
    { input: "At least five tankers came to Vostochny. Two of them then sailed to Chongjin.", expected: [[5, "tankers"], [2, "tankers"]] },
    { input: "Ruvin confirmed Russia was using North Korean missiles, and that on February 14 Russia struck Ukraine with at least six of them.", expected: [[6, "North Korean missiles"]] },
    { input: "North Korea is sending 25,000 more troops. They would join the 11,000 sent in November.", expected: [[25000, "more troops"], [11000, "more troops"]] },
    { input: "Nine people were hurt in the strike, one of them a security guard.", expected: [[9, "people were hurt"]] },
  ])("'$input' counts the part as the whole's item", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => [f.quantity.value, f.item])).toEqual(expected);
  });

  it("gives events no flow", () => {
    const figures = figuresOf("North Korea has sent missiles to Russia. Russia carried out at least 12 attacks with the missiles.");
    expect(figures.map((f) => [f.item, f.flow])).toEqual([["attacks", null]]);
  });
});

describe("designations and votes", () => {
  it.each([
    { input: "Tokyo has decided to sanction nine organisations based in Russia and one Russian national.", expected: [["designations", "Japan"], ["designations", "Japan"]] },
    { input: "The Council today imposed restrictive measures on six more individuals and three entities.", expected: [["designations", "Council"], ["designations", "Council"]] },
    { input: "The measures form part of a package of 107 new sanctions unveiled by the Foreign Office on Monday.", expected: [["designations", "Foreign Office"]] },
    { input: "The Security Council voted on Thursday. Of the council's 15 members, 13 voted yes, Russia voted no and China abstained.", expected: [["votes", "UN Security Council"]] },
    { input: "The British measures hit three companies and one individual, a day after Washington imposed similar restrictions.", expected: [["designations", "United Kingdom"], ["designations", "United Kingdom"]] },
    { input: "The Security Council met on Thursday. The text received 13 votes in favour.", expected: [["votes", "UN Security Council"]] },
    { input: "A total of 40 vessels were sanctioned by Britain on Thursday.", expected: [["designations", "Britain"]] },
    { input: "In total, 11 vessels and 8 individuals were blacklisted by Tokyo.", expected: [["designations", "Tokyo"], ["designations", "Tokyo"]] },
    { input: "According to the EU Official Journal, two high-ranking North Korean officials were added: Ri Chang-ho and Sin Kum-chol.", expected: [["designations", "European Union"]] },
    { input: "The Department of State is concurrently designating 5 entities and 2 vessels.", expected: [["designations", "State Department"], ["designations", "State Department"]] },
    { input: "The Government of Japan decided to freeze the assets of 11 entities and 1 individual.", expected: [["designations", "Japan"], ["designations", "Japan"]] },
    { input: "Six entities have been designated by the Treasury Department.", expected: [["designations", "Treasury Department"]] },
  ])("'$input' names who imposed or cast it", ({ input, expected }) => {
    expect(figuresOf(input).map((f) => [f.category, f.claimant?.name])).toEqual(expected);
  });
});

describe("caps", () => {
  it("reads an amount a sanctions authority set as a cap", () => {
    const figures = figuresOf("North Korea imported 1 million barrels, above the 500,000 barrels per year set by the UN Security Council.");
    expect(figures.map((f) => [f.quantity.value, f.category, f.modality])).toEqual([[1000000, "oil", "asserted"], [500000, "sanction-cap", "limit"]]);
  });

  it("reads a permission denied above an amount as a ceiling set by the Security Council", () => {
    const [f] = figuresOf("Under sanctions adopted in 2017, North Korea may not import more than 500,000 barrels of refined petroleum a year.");
    expect([f!.modality, f!.quantity.qualifier, f!.category, f!.claimant?.name]).toEqual(["limit", "up-to", "sanction-cap", "UN Security Council"]);
  });

  it("credits a cap to the authority named in the sentence before", () => {
    const figures = figuresOf("In 2017 the UN Security Council capped the refined oil North Korea may import. By this limit North Korea can import no more than 500,000 barrels of refined petroleum a year, the newspaper said.");
    expect(figures.map((f) => [f.modality, f.claimant?.name])).toEqual([["limit", "UN Security Council"]]);
  });
});

describe("modality", () => {
  it.each([
    { input: "North Korea is considering sending about 25,000 workers to Russia.", expected: "hypothetical" },
    { input: "Kim Jong Un has decided to send 1,000 sappers to Kursk.", expected: "hypothetical" },
    { input: "Pyongyang agreed to send an additional 6,000 workers to Russia.", expected: "hypothetical" },
    { input: "The containers could accommodate up to approximately 3 million rounds.", expected: "capacity" },
    { input: "North Korea might have dispatched 1,000 missiles to Russia.", expected: "hypothetical" },
    { input: "Pyongyang is expected to send 150 KN-23 missiles to Russia.", expected: "hypothetical" },
    { input: "Pyongyang is restricted to an annual import of 500,000 barrels of refined petroleum.", expected: "limit" },
    { input: "Moscow denied receiving 1,000 containers from Pyongyang.", expected: "denied" },
    { input: "North Korea sent containers that could hold up to 3 million shells.", expected: "capacity" },
    { input: "Seoul estimated that North Korea sent 6,700 containers to Russia.", expected: "estimate" },
    { input: "North Korea sent 6,700 containers to Russia.", expected: "asserted" },
    { input: "Around 1,100 North Korean soldiers have been killed or injured, the JCS estimated.", expected: "estimate" },
    { input: "Moscow has likely provided Pyongyang with several air-defence systems.", expected: "estimate" },
    { input: "North Korea sent 3,000 troops, the JCS said.", expected: "asserted" },
  ])("'$input' is $expected", ({ input, expected }) => {
    expect(oneFigure(input).modality).toBe(expected);
  });

  it("files a named cap under sanction caps", () => {
    expect(oneFigure("Pyongyang is restricted to an annual import of 500,000 barrels of refined petroleum.").category).toBe("sanction-cap");
  });
});

describe("evidence", () => {
  it("leaves a list marker out of the sentence", () => {
    const [f] = figuresOf("Key findings:\n\n- **Troops:** more than 11,000 soldiers were sent to Russia.");
    expect(f!.evidence.sentence).toBe("**Troops:** more than 11,000 soldiers were sent to Russia.");
  });

  it("quotes the sentence verbatim with offsets into the article text", () => {
    const text = "Intro line.\n\nNorth Korea sent 3,000 troops to Russia, Seoul said. Another sentence.";
    const [f] = figuresOf(text);
    expect(f!.evidence.sentence).toBe("North Korea sent 3,000 troops to Russia, Seoul said.");
    expect(text.slice(f!.evidence.sentenceStart, f!.evidence.sentenceEnd)).toBe(f!.evidence.sentence);
    expect(text.slice(f!.evidence.numberStart, f!.evidence.numberEnd)).toBe("3,000");
  });
});

describe("constructions news English uses", () => {
  it("reads a comparison as a second figure of the same item, each with its own period", () => {
    const figures = figuresOf("North Korea has shipped more than 13,000 containers to Russia, up from 6,700 in February, the agency said.");
    expect(figures.map((f) => [f.quantity.value, f.category, f.period?.text ?? null])).toEqual([
      [13000, "containers", null],
      [6700, "containers", "in February"],
    ]);
  });

  it("counts kinds of weapons as no figure", () => {
    expect(figuresOf("The NIS said North Korea has exported more than 20 types of weapons to Russia.")).toEqual([]);
  });

  it("files a sum of money under money whatever it buys", () => {
    expect(oneFigure("Russia will pay $1.5 billion worth of oil and food for the weapons.")).toMatchObject({ category: "money", quantity: { value: 1_500_000_000, unit: "USD" } });
  });

  it.each([
    { input: "Some 3,000 North Korean troops have been killed and wounded, Zelenskiy said.", expected: { category: "casualties", claimant: "Volodymyr Zelensky" } },
    { input: "The Kremlin denied reports that 10,000 North Korean soldiers were fighting in Ukraine.", expected: { category: "troops", claimant: "Kremlin" } },
    { input: "South Korea slapped sanctions on seven North Korean individuals.", expected: { category: "designations", claimant: "South Korea" } },
    { input: "According to the United States, South Korea and Ukraine, North Korea sent more than 10,000 soldiers to Russia.", expected: { category: "troops", claimant: "United States, South Korea and Ukraine" } },
    { input: "An estimated 11,000 North Korean soldiers are in Russia's Kursk region, U.S. officials say.", expected: { category: "troops", claimant: "U.S. officials" } },
  ])("'$input'", ({ input, expected }) => {
    const f = oneFigure(input);
    expect({ category: f.category, claimant: f.claimant?.name }).toEqual(expected);
  });
});

describe("more constructions from wire copy", () => {
  it.each([
    { input: "Russia has received at least 6,000 containers of munitions from North Korea since August, a senior Pentagon official told reporters.", expected: { value: 6000, category: "containers", flow: "KP>RU", claimant: "Pentagon" } },
    { input: "North Korea has supplied Russia with as many as 5 million artillery rounds, South Korea's defence ministry said.", expected: { value: 5_000_000, category: "artillery-shells", flow: "KP>RU", claimant: "Ministry of National Defense" } },
    { input: "The North has also sent about 200 long-range artillery pieces, Seoul's spy agency told lawmakers.", expected: { value: 200, category: "artillery-systems", flow: "KP>RU", claimant: "National Intelligence Service (NIS)" } },
    { input: "In return, Moscow has provided more than a million barrels of oil.", expected: { value: 1_000_000, category: "oil", flow: "RU>KP", claimant: null } },
    { input: "At least 1,000 North Korean soldiers are believed to have been killed in the Kursk region, a U.S. defence official said.", expected: { value: 1000, category: "casualties", flow: null, claimant: "U.S. defence official" } },
    { input: "The European Union added 14 North Korean officials to its sanctions list on Monday.", expected: { value: 14, category: "designations", flow: null, claimant: "European Union" } },
  ])("'$input'", ({ input, expected }) => {
    const f = oneFigure(input);
    expect({
      value: f.quantity.value,
      category: f.category,
      flow: f.flow ? `${f.flow.supplier}>${f.flow.recipient}` : null,
      claimant: f.claimant?.name ?? null,
    }).toEqual(expected);
  });

  it("does not take the subject of a passive 'is believed to' for the claimant", () => {
    expect(oneFigure("Pyongyang is believed to be preparing to send 3,000 more troops to Russia, Yonhap reported.").claimant?.name).toBe("Yonhap");
  });

  it("counts the part, not the whole, in a partitive", () => {
    expect(figuresOf("Thirteen of the council's 15 members voted in favour of the resolution.").map((f) => [f.quantity.value, f.category])).toEqual([[13, "votes"]]);
  });

  it.each([
    { input: "Russia supplied some 540,000 tons of crude oil to North Korea.", expected: [540000, "tonnes"] },
    { input: "Russia shipped over 60.000 tonnes of oil products to the North.", expected: [60000, "tonnes"] },
    { input: "Russia shipped 1.5 million barrels of oil to the North.", expected: [1500000, "barrels"] },
  ])("reads the measure written with the amount: '$input'", ({ input, expected }) => {
    const f = oneFigure(input);
    expect([f.quantity.value, f.quantity.unit]).toEqual(expected);
  });

  it.each([
    { input: "North Korea sent several million artillery rounds to Russia.", expected: "artillery rounds" },
    { input: "Russia launched several dozen explosive drones.", expected: "explosive drones" },
  ])("keeps the scale of a vague amount out of its item: '$input'", ({ input, expected }) => {
    const f = oneFigure(input);
    expect([f.quantity.qualifier, f.item]).toEqual(["vague", expected]);
  });

  it("counts nothing in 'one of several'", () => {
    const figures = figuresOf("North Korea may send 100,000 troops, people familiar with the matter said. The estimate is one of several analyses of the pact.");
    expect(figures.map((f) => f.quantity.value)).toEqual([100000]);
  });

  it("finds no figure in a percentage of something else", () => {
    expect(figuresOf("Kyiv estimates that 60% of the shells Russia fires now come from North Korea.")).toEqual([]);
  });
});

describe("periods of figures", () => {
  it("dates a figure in a 'when' clause by the month it describes", () => {
    const f = oneFigure("The tally has doubled since February, when Defense Minister Shin Won-sik put the number of containers sent to Russia at about 6,700.", "2024-08-27");
    expect(f.period).toEqual({ text: "since February", start: "2024-02-01", end: "2024-02-29" });
  });
});

describe("attribution phrases", () => {
  it.each([
    { input: "North Korea has sent more than 11,000 troops to Russia, as said by independent analysts.", expected: "independent analysts" },
    { input: "North Korea has shipped 12,000 containers to Russia, as reported by Yonhap.", expected: "Yonhap" },
    { input: "The report, by the Royal United Services Institute, found 7,000 containers had been shipped to Russia.", expected: "Royal United Services Institute (RUSI)" },
    { input: "A lawmaker quoted the NIS as saying 1,100 North Korean soldiers had been killed or wounded.", expected: "National Intelligence Service (NIS)" },
    { input: "The figures, released by Seoul's spy agency, show that about 300 North Korean soldiers have died.", expected: "National Intelligence Service (NIS)" },
    { input: "The Treasury Department's Office of Foreign Assets Control designated nine individuals.", expected: "Treasury Department" },
    { input: "North Korea will send 6,000 military construction personnel to Russia, Sergei Shoigu, secretary of Russia's Security Council, said.", expected: "Sergei Shoigu" },
    { input: "Data compiled by the Kiel Institute shows Russia paid roughly $2 billion for North Korean arms.", expected: "Kiel Institute" },
    { input: "Lim Soo-ho, an analyst at an NIS-run think tank, estimated that Russia could pay $320 million a year.", expected: "Lim Soo-ho" },
    { input: "A Ukrainian government document seen by Reuters says close to 16,000 containers of munitions were delivered.", expected: "Ukrainian government document" },
    { input: "An intelligence assessment obtained by the newspaper says 3,000 more troops will follow.", expected: "intelligence assessment" },
    { input: "At least five tankers called at Vostochny, according to satellite images that the Royal United Services Institute (RUSI), a British think tank, shared with the newspaper.", expected: "Royal United Services Institute (RUSI)" },
    { input: "Some 40 tankers reached the port, according to data which the Open Source Centre provided to Reuters.", expected: "Open Source Centre (OSC)" },
    { input: "North Korea sent more than 20,000 containers to Russia, according to the first report of the Multilateral Sanctions Monitoring Team (MSMT).", expected: "Multilateral Sanctions Monitoring Team (MSMT)" },
    { input: "Weapons North Korea is shipping to Russia are worth up to $5.5 billion, a study released by the Friedrich Naumann Foundation has found.", expected: "Friedrich Naumann Foundation" },
    { input: "North Korea has sent 10,000 containers to Russia, the United States said, a tally higher than the roughly 7,000 containers that South Korea's defense minister, Shin Won-sik, had cited.", expected: "Shin Won-sik" },
    { input: "North Korea has sent about 3,000 more troops to Russia, lawmakers said, citing the National Intelligence Service.", expected: "National Intelligence Service (NIS)" },
    { input: "More than 3,000 North Korean soldiers have been killed or wounded, President Volodymyr Zelensky said, citing preliminary figures.", expected: "Volodymyr Zelensky" },
    { input: "Lawmaker Lee Seong-kweun, who was briefed by the NIS, said some 2,700 North Korean soldiers had been wounded.", expected: "Lee Seong-kweun" },
    { input: "The Kremlin has denied sending troops, but satellite imagery shows at least 2,000 soldiers at a base near Vladivostok.", expected: "satellite imagery" },
    { input: "Back in May, John Kirby, the US national security adviser, put the deliveries at more than 165,000 barrels.", expected: "John Kirby" },
    { input: "Roughly 300 North Korean soldiers have died, according to figures from Seoul's spy agency that a South Korean lawmaker shared on Monday.", expected: "National Intelligence Service (NIS)" },
    { input: '"We believe North Korea has sent about 3,000 more troops," said Rep. Lee Seong-kweun after the briefing.', expected: "Lee Seong-kweun" },
    { input: 'North Korea has supplied "at least 1 million" artillery shells, according to a senior South Korean military official.', expected: "senior South Korean military official" },
    { input: "North Korea has sent as many as 100,000 troops, claims a Ukrainian intelligence source.", expected: "Ukrainian intelligence source" },
    { input: "Pyongyang is readying more than 100 artillery systems for Russia, reports The Telegraph, with reference to Kyrylo Budanov.", expected: "Kyrylo Budanov" },
    { input: "Western officials cited by the BBC put North Korean losses at about 1,000 dead.", expected: "Western officials" },
    { input: "Documents seen by Kyiv show that 3.5 million artillery shells have gone from North Korea to Russia, Zelenskyy said.", expected: "Volodymyr Zelensky" },
  ])("'$input' is claimed by $expected", ({ input, expected }) => {
    // The last amount in the sentence is the one each construction is about.
    expect(figuresOf(input).at(-1)?.claimant?.name).toBe(expected);
  });
});
