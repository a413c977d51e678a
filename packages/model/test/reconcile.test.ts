import { describe, expect, it } from "vitest";
import {
  ClaimSchema,
  SeriesSchema,
  claimantsCompatible,
  denialsIn,
  periodsCompatible,
  reconcile,
  sameThing,
  sentencesOf,
  storiesOf,
  validate,
  type Claim,
} from "../src/index.js";
import { fig, KREMLIN, NIS, SHIN, UA, US, US_INTEL } from "./fixtures.js";

const only = (claims: Claim[]) => {
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe("reconcile: the same claim", () => {
  it("merges the same figure from two outlets into one claim that cites both", () => {
    const { claims } = reconcile([
      fig({ article: "yonhap", published: "2023-10-14", claimant: US, sentence: "The White House said more than 1,000 containers were shipped." }),
      fig({ article: "ap", published: "2023-10-15", claimant: US_INTEL, sentence: "U.S. intelligence counts more than 1,000 containers so far." }),
    ]);
    const claim = only(claims);
    expect(claim.id).toBe("KP-RU.containers.more-than.1000.count");
    expect(claim.citations.map((c) => c.articleId)).toEqual(["yonhap", "ap"]);
    expect(claim.claimants).toEqual(["U.S.", "U.S. intelligence"]);
    expect(claim.independentSources).toBe(2);
    expect([claim.firstCited, claim.latestCited, claim.referenceDate]).toEqual(["2023-10-14", "2023-10-15", "2023-10-14"]);
    validate(ClaimSchema, claim, claim.id);
  });

  it("merges a heading and the body repeating it, the heading taking the body's flow", () => {
    const { claims } = reconcile([
      fig({ article: "rbc", at: 5, value: 6700, qualifier: "about", flow: null, claimant: SHIN }),
      fig({ article: "rbc", at: 90, value: 6700, qualifier: "about", modality: "estimate", claimant: SHIN }),
    ]);
    const claim = only(claims);
    expect([claim.supplier, claim.recipient, claim.citations.length, claim.independentSources]).toEqual(["KP", "RU", 2, 1]);
    expect(claim.modality).toBe("asserted");
  });

  it("merges two bodies of one country repeating a number in one article, but not across articles", () => {
    const spy = { ...NIS, name: "South Korea's intelligence service" };
    expect(reconcile([fig({ article: "a", at: 1, claimant: spy }), fig({ article: "a", at: 50, claimant: NIS })]).claims).toHaveLength(1);
    expect(reconcile([fig({ article: "a", claimant: spy }), fig({ article: "b", claimant: NIS })]).claims).toHaveLength(2);
  });

  it.each([
    { name: "a different value", other: { value: 2000 } },
    { name: "a different qualifier", other: { qualifier: "about" as const } },
    { name: "a different flow", other: { flow: ["RU", "KP"] as [string, string] } },
    { name: "a different category", other: { category: "artillery-shells" as const, item: "shells" } },
    { name: "a claimant of another country", other: { claimant: UA } },
    { name: "a period that does not overlap", other: { period: { text: "in 2022", start: "2022-01-01", end: "2022-12-31" } } },
    { name: "a capacity conversion", other: { modality: "capacity" as const } },
    { name: "a denial", other: { modality: "denied" as const, claimant: KREMLIN } },
  ])("keeps figures apart that differ by $name", ({ other }) => {
    const base = { period: { text: "in 2023", start: "2023-01-01", end: "2023-12-31" } };
    expect(reconcile([fig({ article: "a", ...base }), fig({ article: "b", ...base, ...other })]).claims).toHaveLength(2);
  });

  it("gives two claims that would share an id the id of their first figure", () => {
    const { claims } = reconcile([fig({ article: "a", claimant: US }), fig({ article: "b", claimant: UA })]);
    expect(claims.map((c) => c.id)).toEqual(["KP-RU.containers.more-than.1000.count@a:10", "KP-RU.containers.more-than.1000.count@b:10"]);
  });

  it("gives the same output whatever order the figures come in", () => {
    const figures = [
      fig({ article: "a", published: "2023-10-14" }),
      fig({ article: "b", published: "2024-03-19", value: 7000, claimant: SHIN }),
      fig({ article: "c", published: null }),
      fig({ article: "d", published: "2024-02-27", value: 6700, claimant: SHIN }),
    ];
    const forward = reconcile(figures);
    const backward = reconcile([...figures].reverse());
    expect(JSON.stringify(backward.claims)).toBe(JSON.stringify(forward.claims));
    expect(JSON.stringify(backward.series)).toBe(JSON.stringify(forward.series));
  });
});

describe("reconcile: syndicated copies", () => {
  it("counts a copy carrying the same headline once among independent sources", () => {
    const { claims } = reconcile([
      fig({ article: "yonhap", title: "N. Korea sent 1,000 containers of arms to Russia: White House", outlet: "Yonhap" }),
      fig({ article: "herald", title: "N. Korea sent 1,000 containers of arms to Russia - White House", outlet: "Korea Herald (Yonhap)", sentence: "Reworded by the desk." }),
      fig({ article: "ap", title: "White House says North Korea shipped arms", outlet: "AP", sentence: "Another sentence entirely." }),
    ]);
    const claim = only(claims);
    expect(claim.citations).toHaveLength(3);
    expect(claim.independentSources).toBe(2);
    expect(claim.citations.map((c) => [c.articleId, c.story])).toEqual([
      ["ap", "ap"],
      ["herald", "herald"],
      ["yonhap", "herald"],
    ]);
  });

  it("counts a copy carrying the same sentence word for word once, even under another headline", () => {
    const sentence = "According to U.S. intelligence, North Korea has provided Russia with more than 1,000 containers.";
    const stories = storiesOf([fig({ article: "x", title: "One headline here", sentence }), fig({ article: "y", title: "Another headline there", sentence })]);
    expect([stories.get("x"), stories.get("y")]).toEqual(["x", "x"]);
  });
});

describe("reconcile: series", () => {
  it("orders a series of four points by the date each refers to: period end, else publication", () => {
    const { series, claims } = reconcile([
      fig({ article: "d", published: "2024-08-27", value: 13000 }),
      fig({ article: "c", published: "2024-03-19", value: 7000, qualifier: "at-least", claimant: SHIN, period: { text: "since July 2023", start: "2023-07-01", end: "2024-03-19" } }),
      fig({ article: "b", published: "2024-03-19", value: 6700, qualifier: "about", claimant: SHIN, modality: "estimate", period: { text: "by the end of February", start: null, end: "2024-02-29" } }),
      fig({ article: "a", published: "2023-10-14", value: 1000 }),
    ]);
    expect(series).toHaveLength(1);
    const [s] = series;
    validate(SeriesSchema, s, "series");
    expect(s!.id).toBe("KP-RU.containers.count");
    expect(s!.points.map((p) => [p.date, p.value, p.qualifier, p.claimants.join()])).toEqual([
      ["2023-10-14", 1000, "more-than", "U.S."],
      ["2024-02-29", 6700, "about", "Shin Won-sik"],
      ["2024-03-19", 7000, "at-least", "Shin Won-sik"],
      ["2024-08-27", 13000, "more-than", "U.S."],
    ]);
    expect(claims.every((c) => !c.conflict)).toBe(true);
  });

  it.each([
    { name: "one value only", figures: [fig({ article: "a" }), fig({ article: "b", claimant: UA })] },
    { name: "no recipient", figures: [fig({ article: "a", flow: ["KP", null] }), fig({ article: "b", value: 2000, flow: ["KP", null] })] },
    { name: "counts of designations", figures: [fig({ article: "a", category: "designations", flow: null }), fig({ article: "b", value: 7, category: "designations", flow: null })] },
    { name: "a hypothetical beside a report", figures: [fig({ article: "a" }), fig({ article: "b", value: 9000, modality: "hypothetical" })] },
  ])("makes no series from $name", ({ figures }) => {
    expect(reconcile(figures).series).toEqual([]);
  });
});

describe("reconcile: derived figures", () => {
  it("links a capacity conversion to the claim it converts and keeps it out of deliveries", () => {
    const s1 = "Shin estimated that North Korea has shipped around 6,700 containers to Russia.";
    const s2 = "That volume could hold roughly 3 million rounds of 152 mm ammunition, or about 500,000 rounds of 122 mm ammunition.";
    const containers = fig({ article: "rbc", at: 100, value: 6700, qualifier: "about", claimant: SHIN, modality: "estimate", sentence: s1 });
    const shells = (at: number, value: number) =>
      fig({ article: "rbc", at, value, qualifier: "about", item: "rounds", category: "artillery-shells", flow: null, claimant: SHIN, modality: "capacity", sentence: s2 });
    const big = { ...shells(100 + s1.length + 1, 3_000_000) };
    const small = { ...shells(100 + s1.length + 1, 500_000), id: "rbc:300", evidence: { ...big.evidence, numberStart: 300, numberEnd: 301 } };
    const delivered = fig({ article: "nis", value: 1_000_000, item: "artillery shells", category: "artillery-shells", claimant: NIS });
    const { claims, series } = reconcile([containers, big, small, delivered], {
      articles: [{ id: "rbc", title: "t", url: null, text: " ".repeat(100) + s1 + " " + s2 }],
    });
    const capacity = claims.filter((c) => c.modality === "capacity");
    expect(capacity.map((c) => [c.id, c.derivedFrom])).toEqual([
      ["KP-RU.artillery-shells.about.500000.count.capacity", "KP-RU.containers.about.6700.count"],
      ["KP-RU.artillery-shells.about.3000000.count.capacity", "KP-RU.containers.about.6700.count"],
    ]);
    expect(claims.find((c) => c.id === "KP-RU.artillery-shells.more-than.1000000.count")!.citations).toHaveLength(1);
    expect(series.flatMap((s) => s.points.map((p) => p.claimId)).some((id) => id.endsWith(".capacity"))).toBe(false);
  });

  it("links no source when the figure before is two sentences away", () => {
    const containers = fig({ article: "a", at: 0, value: 6700, sentence: "About 6,700 containers went." });
    const capacity = fig({ article: "a", at: 200, value: 3_000_000, item: "shells", category: "artillery-shells", flow: null, modality: "capacity", sentence: "That could hold 3 million shells." });
    const { claims } = reconcile([containers, capacity], { articles: [{ id: "a", title: "t", url: null, text: "About 6,700 containers went. Something else happened here." + " ".repeat(200) }] });
    expect(claims.find((c) => c.modality === "capacity")!.derivedFrom).toBeNull();
  });
});

describe("reconcile: conflicts and denials", () => {
  it("flags the same claimant giving two values for one flow and period, and merges neither", () => {
    const period = { text: "since July 2023", start: "2023-07-01", end: "2024-03-19" };
    const { claims } = reconcile([
      fig({ article: "a", value: 7000, claimant: SHIN, period }),
      fig({ article: "b", value: 10000, claimant: SHIN, period }),
    ]);
    expect(claims.map((c) => [c.conflict, c.denied])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(claims[0]!.conflictNotes).toEqual([
      "conflict: Shin Won-sik also gives more than 10,000 containers for the period ending 2024-03-19 (claim KP-RU.containers.more-than.10000.count)",
    ]);
  });

  it.each([
    { name: "periods ending on different dates", b: { period: { text: "by February", start: null, end: "2024-02-29" } } },
    { name: "claimants of different countries", b: { claimant: UA } },
    { name: "killed and wounded in one coarse category", a: { category: "casualties" as const, item: "killed", flow: null }, b: { category: "casualties" as const, item: "wounded", flow: null } },
  ])("flags no conflict for $name", ({ a, b }) => {
    const period = { text: "since July 2023", start: "2023-07-01", end: "2024-03-19" };
    const { claims } = reconcile([fig({ article: "a", value: 7000, claimant: SHIN, period, ...a }), fig({ article: "b", value: 10000, claimant: SHIN, period, ...a, ...b })]);
    expect(claims.map((c) => c.conflict)).toEqual([false, false]);
  });

  it("flags a claim beside a denied figure on the same flow", () => {
    const { claims } = reconcile([fig({ article: "a" }), fig({ article: "b", value: null, modality: "denied", claimant: KREMLIN, sentence: "The Kremlin denied sending any containers." })]);
    const claim = claims.find((c) => c.modality === "asserted")!;
    expect([claim.conflict, claim.denied]).toEqual([true, true]);
    expect(claim.conflictNotes).toEqual(["denied: Kremlin denies an unstated number containers (claim KP-RU.containers.vague.vague.count.denied)"]);
  });

  it("flags a claim in an article that says the shipments were denied", () => {
    const text = "North Korea has sent more than 1,000 containers, U.S. officials said. Both Pyongyang and Moscow have denied the arms shipments, but U.S. officials presented imagery.";
    const { claims } = reconcile([fig({ article: "a" })], { articles: [{ id: "a", title: "t", url: null, text }] });
    expect(only(claims).conflictNotes).toEqual(['denial beside it in a.txt: "Both Pyongyang and Moscow have denied the arms shipments, but U.S. officials presented imagery."']);
    expect(only(claims).denied).toBe(true);
  });

  it("flags a claim when another figure of its article was read from a denial", () => {
    const { claims } = reconcile([
      fig({ article: "a" }),
      fig({ article: "a", at: 300, value: 2, item: "countries", category: "other", flow: null, claimant: null, sentence: "Both countries rejected the accusations of arms shipments." }),
    ]);
    expect(claims.find((c) => c.category === "containers")!.denied).toBe(true);
  });
});

describe("matching rules", () => {
  it.each([
    { a: US, b: US_INTEL, sameArticle: false, expected: true },
    { a: NIS, b: { ...NIS, name: "South Korea's intelligence service" }, sameArticle: false, expected: false },
    { a: NIS, b: { ...NIS, name: "South Korea's intelligence service" }, sameArticle: true, expected: true },
    { a: SHIN, b: { ...SHIN, name: "SHIN WON-SIK", role: null }, sameArticle: false, expected: true },
    { a: US, b: UA, sameArticle: true, expected: false },
    { a: null, b: UA, sameArticle: false, expected: true },
  ])("claimants $a.name and $b.name (same article: $sameArticle) compatible: $expected", ({ a, b, sameArticle, expected }) => {
    expect(claimantsCompatible(a, b, sameArticle)).toBe(expected);
  });

  it.each([
    { a: null, b: { text: "in 2023", start: "2023-01-01", end: "2023-12-31" }, expected: true },
    { a: { text: "since August", start: "2023-08-01", end: "2023-11-02" }, b: { text: "recently", start: null, end: "2023-11-02" }, expected: true },
    { a: { text: "in 2022", start: "2022-01-01", end: "2022-12-31" }, b: { text: "in 2023", start: "2023-01-01", end: "2023-12-31" }, expected: false },
    { a: { text: "this year", start: null, end: null }, b: { text: "in 2023", start: "2023-01-01", end: "2023-12-31" }, expected: true },
  ])("periods $a.text and $b.text compatible: $expected", ({ a, b, expected }) => {
    expect(periodsCompatible(a, b)).toBe(expected);
  });

  it.each([
    { a: { category: "casualties" as const, item: "soldiers killed" }, b: { category: "casualties" as const, item: "North Korean soldiers" }, expected: true },
    { a: { category: "casualties" as const, item: "killed" }, b: { category: "casualties" as const, item: "injured" }, expected: false },
    { a: { category: "artillery-shells" as const, item: "shells" }, b: { category: "artillery-shells" as const, item: "rounds" }, expected: true },
  ])("items '$a.item' and '$b.item' count the same thing: $expected", ({ a, b, expected }) => {
    expect(sameThing(a, b)).toBe(expected);
  });

  it.each([
    { text: "Both Pyongyang and Moscow have denied the arms shipments, but South Korean and U.S. officials have presented imagery. Next.", expected: ["Both Pyongyang and Moscow have denied the arms shipments, but South Korean and U.S. officials have presented imagery."] },
    { text: "Russia's top diplomat dismissed U.S. accusations of North Korea supplying arms as unproven.", expected: ["Russia's top diplomat dismissed U.S. accusations of North Korea supplying arms as unproven."] },
    { text: "Officials in both Moscow and Pyongyang have refuted any military cooperation between the two countries.", expected: ["Officials in both Moscow and Pyongyang have refuted any military cooperation between the two countries."] },
    { text: "Deputy Ambassador Robert Wood rejected that account. Russia's Foreign Ministry declined to comment.", expected: [] },
  ])("finds the denials in '$text'", ({ text, expected }) => {
    expect(denialsIn(text)).toEqual(expected);
  });

  it("splits sentences but not after initials or titles", () => {
    expect(sentencesOf("Mr. Kirby met U.S. officials on Sept. 7 in Seoul. They spoke.\nA new line")).toEqual(["Mr. Kirby met U.S. officials on Sept. 7 in Seoul.", "They spoke.", "A new line"]);
  });
});
