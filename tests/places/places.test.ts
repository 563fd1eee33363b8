import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document.js";
import { parse } from "../../src/nlp.js";
import { extractPlaces } from "../../src/places/extract.js";
import { editDistance, translitKey } from "../../src/places/resolve.js";
import { gazetteer } from "../../src/places/gazetteer.js";
import { placesToGeoJSON } from "../../src/places/geojson.js";
import type { PlaceFact } from "../../src/facts.js";

function places(text: string): PlaceFact[] {
  const doc = createDocument({ id: "t", text, date: "2024-10-18" });
  const out = extractPlaces({ doc, parsed: parse(text) });
  for (const p of out) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return out;
}
const mentions = (text: string) => places(text).flatMap((p) => p.mentions.map((m) => m.text)).sort();
const find = (ps: PlaceFact[], mention: string) => ps.find((p) => p.mentions.some((m) => m.text === mention));

describe("recognition", () => {
  it("finds countries, cities and multi-word names with clean spans", () => {
    const got = mentions("Officials in Berlin said Germany’s ties with South Korea, Japan and the United Kingdom were strong.");
    expect(got).toEqual(["Berlin", "Germany", "Japan", "South Korea", "United Kingdom"].sort());
  });
  it("does not split a country name into fragments", () => {
    const got = mentions("Troops from North Korea crossed into South Korea’s territory.");
    expect(got).toEqual(["North Korea", "South Korea"]);
    expect(got).not.toContain("Korea");
  });
  it("keeps a division word with the name and resolves to the division", () => {
    const ps = places("Drones struck the Kursk region and Poltava region overnight, officials in Kursk said.");
    const region = find(ps, "Kursk region");
    expect(region?.featureType).toBe("region");
    expect(region?.name).toBe("Kursk Oblast");
    expect(region?.geonameId).toBe(538555);
    expect(find(ps, "Kursk")?.featureType).not.toBe("region");
    expect(find(ps, "Poltava region")).toBeDefined();
  });
  it("reads names used as modifiers and abbreviations", () => {
    const got = mentions("A Britain-based charity watched the Turkey-Syria border while U.S. officials met in Fresno, Calif.");
    expect(got).toEqual(expect.arrayContaining(["Britain", "Turkey", "Syria", "U.S.", "Fresno", "Calif."]));
  });
  it("finds every name of a list of towns, even one the gazetteer spells otherwise", () => {
    const ps = places("Russia has bases in Vladivostok, Ussuriysk, Khabarovsk and Vlagoveshensk, near the Chinese border.");
    expect(ps.flatMap((p) => p.mentions.map((m) => m.text))).toEqual(
      expect.arrayContaining(["Russia", "Vladivostok", "Ussuriysk", "Khabarovsk", "Vlagoveshensk"]));
  });
  it("finds names the gazetteer lacks by their shape", () => {
    const got = mentions("The inmates escaped from a work detail in Walker County and were seen on Royal Street.");
    expect(got).toEqual(expect.arrayContaining(["Walker County", "Royal Street"]));
  });
  it("reads a headline line like the text below it, but not the words of a URL", () => {
    const text = "TITLE: Japan lifts ban LINK: https://example.com/japan-ban\nThe ban on beef from Britain was lifted.";
    expect([...mentions(text)].sort()).toEqual(["Britain", "Japan"]);
  });
});

describe("not places", () => {
  it.each([
    ["Paris Hilton arrived late to the party.", "Paris"],
    ["She studied at the University of Washington for four years.", "Washington"],
    ["A reporter for The Washington Post asked the question.", "Washington"],
    ["Malaysia Airlines resumed the search for the jet.", "Malaysia"],
    ["Victoria Rowell created the series last year.", "Victoria"],
    ["The jet disappeared in March with 239 people on board.", "March"],
    ["Syrian forces shelled the town, Kurdish officials said.", "Syrian"],
    ["According to Davis, the visit went well.", "Davis"],
  ])("%s", (text, word) => {
    expect(mentions(text)).not.toContain(word);
  });
  it("still finds the place beside the organisation", () => {
    expect(mentions("The University of Washington opened a campus in Seattle.")).toEqual(["Seattle"]);
  });
});

describe("resolution", () => {
  it("Paris alone is the French capital", () => {
    const p = find(places("The summit will be held in Paris next spring."), "Paris");
    expect(p?.countryCode).toBe("FR");
    expect(p?.geonameId).toBe(2988507);
  });
  it("Paris, Texas is the Texan town, and Texas the state", () => {
    const ps = places("The festival returns to Paris, Texas, this weekend.");
    const paris = find(ps, "Paris");
    expect(paris?.countryCode).toBe("US");
    expect(paris?.lat).toBeGreaterThan(33);
    expect(paris?.lat).toBeLessThan(34.2);
    expect(find(ps, "Texas")?.featureType).toBe("region");
  });
  it("uses the document's country to choose a namesake", () => {
    const ps = places("Police in Georgia said the suspect fled from Atlanta toward Alabama.");
    expect(find(ps, "Georgia")?.countryCode).toBe("US");
  });
  it("prefers the capital to a division of the same name", () => {
    const p = find(places("Officials in Moscow denied the report."), "Moscow");
    expect(p?.geonameId).toBe(524901);
    expect(p?.featureType).toBe("capital");
  });
  it("resolves aliases and exonyms", () => {
    const ps = places("Officials in Kiev and Burma said the UK would help.");
    expect(find(ps, "Kiev")?.name).toBe("Kyiv");
    expect(find(ps, "Kiev")?.match).toBe("alias");
    expect(find(ps, "Burma")?.name).toBe("Myanmar");
    expect(find(ps, "UK")?.geonameId).toBe(2635167);
  });
  it("matches a misspelt town fuzzily when the document's places support it", () => {
    const ps = places("Troops are stationed in Vladivostok, Ussuriysk, Khabarovsk and Vlagoveshensk in Russia's Far East.");
    const b = find(ps, "Vlagoveshensk");
    expect(b?.name).toBe("Blagoveshchensk");
    expect(b?.match).toBe("fuzzy");
    expect(b?.geonameId).toBe(2026609);
    expect(find(ps, "Russia's Far East")?.resolved).toBe(true);
  });
  it("reports an unknown place unresolved instead of dropping it", () => {
    const p = find(places("The ferry sank off Zorbulak Island on Tuesday."), "Zorbulak Island");
    expect(p?.resolved).toBe(false);
    expect(p?.geonameId).toBeNull();
  });
  it("groups the mentions of one place", () => {
    const ps = places("Ukraine said talks with Ukraine's allies went well; Ukraine will reply.");
    expect(ps).toHaveLength(1);
    expect(ps[0].mentions).toHaveLength(3);
  });
});

describe("fuzzy helpers", () => {
  it("folds transliteration variants", () => {
    expect(translitKey("Blagoveshchensk")).toBe(translitKey("Blagoveshensk"));
    expect(translitKey("Kharkiv")).toBe(translitKey("Harkiv"));
  });
  it("bounds the edit distance", () => {
    expect(editDistance("vlagoveshensk", "blagoveshensk", 2)).toBe(1);
    expect(editDistance("london", "paris", 2)).toBe(3);
  });
});

describe("gazetteer and GeoJSON", () => {
  it("loads quickly and holds countries, divisions and towns", () => {
    const t0 = performance.now();
    const g = gazetteer();
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(g.countries.get("UA")?.geonameId).toBe(690791);
    expect(g.byName.get("ussuriysk")?.[0].geonameId).toBe(2014006);
    expect([...g.admin1.values()].some((e) => e.name === "Kursk Oblast")).toBe(true);
  });
  it("emits [lon, lat] points, and lists places with no point apart", () => {
    const fc = placesToGeoJSON(places("Talks in Moscow stalled."));
    expect(fc.type).toBe("FeatureCollection");
    const moscow = fc.features.find((f) => f.properties.name === "Moscow");
    expect(moscow?.geometry.coordinates[0]).toBeCloseTo(37.62, 1);
    expect(moscow?.geometry.coordinates[1]).toBeCloseTo(55.75, 1);
    expect(moscow?.properties.count).toBe(1);
    expect(placesToGeoJSON(places("The ferry sank off Zorbulak Island.")).unresolved).toContain("Zorbulak Island");
  });
  it("places an unknown street at the town that contains it, marked unresolved", () => {
    const ps = places("Police in Dayton closed Quarry Street after the fire.");
    const street = find(ps, "Quarry Street");
    expect(street?.resolved).toBe(false);
    expect(street?.near).toBe("Dayton");
    expect(street?.featureType).toBe("street");
    expect(street?.lat).toBeCloseTo(find(ps, "Dayton")!.lat!, 3);
  });
});

describe("demonyms", () => {
  it("does not take a demonym after a locative for an unknown place", () => {
    const got = mentions("North Korean troops are training in Russian bases in Vladivostok and Ussuriysk.");
    expect(got).not.toContain("Russian");
    expect(got).toEqual(expect.arrayContaining(["Vladivostok", "Ussuriysk"]));
  });
});

describe("spatial context", () => {
  it("picks the namesake near the document's other places", () => {
    const ps = places("The new homes in Gainesville, Va., sit near Manassas and Centreville, in the style of Charleston, West Virginia's capital, and of Richmond.");
    expect(find(ps, "Richmond")?.countryCode).toBe("US");
    expect(find(ps, "Richmond")?.lon).toBeGreaterThan(-80); // Virginia's, not California's
  });
  it("places an unknown village by the division named after it", () => {
    const ps = places("Jobs are scarce in Kasba Bonli, a market town in Rajasthan state, say farmers.");
    const v = find(ps, "Kasba Bonli");
    expect(v?.resolved).toBe(false);
    expect(v?.near).toBe("Rajasthan");
  });
});

describe("streets", () => {
  it("keeps the abbreviation's period and reads numbered streets", () => {
    const got = mentions("The three were arrested on 14th St. Thursday afternoon near Collins Avenue.");
    expect(got).toEqual(expect.arrayContaining(["14th St.", "Collins Avenue"]));
  });
  it("splits two names sharing a plural head", () => {
    expect(mentions("The parade rolled down Bourbon and Dauphine streets.")).toEqual(["Bourbon", "Dauphine"]);
  });
  it("does not take a saint for a street", () => {
    expect(mentions("A statue of St. Gregory was unveiled.")).not.toContain("St.");
  });
});

describe("datelines and local names", () => {
  it("reads an all-capitals dateline and resolves the city, not its division", () => {
    const ps = places("NAIROBI, Kenya (AP) — Police in the capital said the blast killed 12 people.");
    const n = find(ps, "NAIROBI");
    expect(n?.name).toBe("Nairobi");
    expect(n?.featureType).toBe("capital");
    expect(find(ps, "Kenya")?.geonameId).toBe(192950);
  });
  it("does not take shouted words for towns outside a dateline", () => {
    expect(mentions("Officials said the NIS, or National Intelligence Service, briefed lawmakers.")).toEqual([]);
  });
  it("finds counties and keeps the division word in the name", () => {
    const ps = places("Deputies in Collier County, Florida, searched the area.");
    expect(find(ps, "Collier County")?.featureType).toBe("county");
    expect(find(ps, "Collier County")?.countryCode).toBe("US");
  });
  it("resolves Washington to the capital and Washington State to the state", () => {
    const ps = places("Officials in Washington said fires in Washington State were spreading.");
    expect(find(ps, "Washington")?.geonameId).toBe(4140963);
    expect(find(ps, "Washington State")?.featureType).toBe("region");
  });
});

describe("demonyms and hyphens", () => {
  it("a demonym is not the region or town spelt like it, but a city spelt like a country's start is a city", () => {
    const got = mentions("Somali gunmen attacked; officials in Tunis and Dar-es-Salaam condemned it.");
    expect(got).not.toContain("Somali");
    expect(got).toEqual(expect.arrayContaining(["Tunis", "Dar-es-Salaam"]));
  });
});

describe("unions, roads and people", () => {
  it("takes the EU as a place only where it modifies a noun", () => {
    const got = mentions("EU citizens and EU-backed firms welcomed the plan, but regulation within the EU stays strict and the EU said so.");
    expect(got.filter((m) => m === "EU")).toHaveLength(2);
    const spans = places("The rules apply within the EU. EU member states agreed.").flatMap((p) => p.mentions.map((m) => m.start));
    expect(spans).toEqual([31]);
  });
  it("finds British road numbers in a sentence about roads, not elsewhere", () => {
    expect(mentions("The A417 southbound carriageway will close, with a diversion via the A436, A40 and A429.")).toEqual(["A40", "A417", "A429", "A436"]);
    expect(mentions("The airline ordered the A380 and the A350 for its long routes to Paris.")).toEqual(["Paris"]);
  });
  it("takes a surname for a person throughout the document", () => {
    const text = "Foreign Minister Chrystia Freeland flew to Ottawa. Freeland, who met officials, said talks went well.";
    expect(mentions(text)).toEqual(["Ottawa"]);
    expect(mentions("Lin-Manuel Miranda had shingles. Miranda tweeted on Thursday from New York.")).toEqual(["New York"]);
  });
});

describe("context and headlines", () => {
  it("takes Georgia for the US state among US states, for the country near its neighbours", () => {
    const us = places("Trump won Virginia, Georgia, Alabama and Tennessee, and Cruz took Texas and Oklahoma.");
    expect(find(us, "Georgia")?.countryCode).toBe("US");
    const ge = places("Russian troops entered Georgia in 2008 and shelled towns near Tbilisi, officials in Moscow said.");
    expect(find(ge, "Georgia")?.countryCode).toBe("GE");
  });
  it("does not read pronouns, verbs or title-case headline words as towns", () => {
    expect(mentions("We thought we could win in Ohio. Come and see.")).toEqual(["Ohio"]);
    expect(mentions("Leaders Unite in Support of Ted Cruz Ahead Of Vote In Texas")).toEqual(["Texas"]);
  });
});

describe("names that are not places, and datelines", () => {
  it("takes a name that writes or says something for a person", () => {
    expect(mentions("The letter came from Morton Blackwell. Blackwell wrote that Cruz would win in Iowa.")).toEqual(["Iowa"]);
    // a country or a capital speaks for its government
    expect(mentions("Moscow said it would respond.")).toEqual(["Moscow"]);
  });
  it("does not take state nicknames, plural demonyms or list neighbours of people for places", () => {
    expect(mentions("Trump leads in the Sunshine State and in the Badger state.")).toEqual([]);
    expect(mentions("In Florida, Hispanics made up a fifth of voters.")).toEqual(["Florida"]);
    expect(mentions("Celebrities Julianne Moore, Kerry Washington and Amy Schumer joined.")).not.toContain("Kerry");
  });
  it("reads an all-capitals town qualified by a known place as a dateline", () => {
    expect(mentions("Filed by NAIROBI, Kenya, Apr 5 – The court ruled.")).toEqual(["Kenya", "NAIROBI"]);
    expect(mentions("The office in CALAMBA CITY, Laguna opened.")).toContain("CALAMBA CITY");
    expect(mentions("Fans made the trip to Birmingham City on Saturday.")).toEqual([]);
  });
});

describe("companies and institutions named after places", () => {
  it("takes a name with shares or a corporate suffix for a company throughout the document", () => {
    expect(mentions("Williams Corp. merged into a rival. Primerica owned 70% of Williams, and Williams shareholders agreed.")).toEqual([]);
    expect(mentions("StatesWest has a stake in Mesa and may buy more Mesa stock.")).toEqual([]);
    expect(mentions("Shares of London banks fell; London stock traders were gloomy.")).toContain("London");
  });
  it("reads a first name opening an institution's name as part of it", () => {
    expect(mentions("said Walter Rowe, a professor at George Washington University in Washington.")).toEqual(["Washington"]);
  });
  it("splits a place's possessive from a building after it, but keeps a person's", () => {
    expect(mentions("A rally was held at Havana's Palace of Conventions.")).toEqual(["Havana"]);
    expect(mentions("He plays at Caesar's Palace in Las Vegas.")).toEqual(["Caesar's Palace", "Las Vegas"]);
  });
  it("knows English exonyms of cities GeoNames names locally", () => {
    expect(find(places("Talks resumed in Geneva and bankers met in Frankfurt."), "Geneva")?.featureType).not.toBe("region");
    expect(find(places("Talks resumed in Geneva and bankers met in Frankfurt."), "Frankfurt")?.countryCode).toBe("DE");
  });
});

describe("offices, institutions and areas", () => {
  it("keeps a country completing an office's title before the holder's name", () => {
    expect(mentions("said the Deputy Minister for Investments of Kazakhstan Arystan Kakikenov at a briefing.")).toEqual(["Kazakhstan"]);
    // but not inside an organisation's name after a plain honorific
    expect(mentions("said Mr. Craig Henry of the Saint Lucia National Trust.")).toEqual([]);
  });
  it("does not let a role word inside an institution's name keep the place", () => {
    expect(mentions("He was accepted to California Polytechnic State University.")).toEqual([]);
    expect(mentions("The California State Senate voted.")).toEqual(["California"]);
  });
  it("reads local government and protected areas as places", () => {
    expect(mentions("They fled Torkula village of Guma Local Government Area and reached Guma LGA camps.")).toEqual(expect.arrayContaining(["Guma Local Government Area"]));
    expect(mentions("THE WORLD'S LARGEST MARINE PROTECTED AREA IS HERE")).toEqual([]);
  });
});

describe("unknown names qualified by a division", () => {
  it("takes a name before ', <division>' for a place, and keeps it elsewhere in the document", () => {
    const got = mentions("The third race at Snetterton will be long. 23/24 June: Croft, Yorkshire. 28/29 July: Snetterton, Norfolk.");
    expect(got).toEqual(["Croft", "Norfolk", "Snetterton", "Snetterton", "Yorkshire"]);
  });
  it("does not take a person named with a country for a place", () => {
    expect(mentions("Abdul Amir al-Anbari, Iraq's ambassador, spoke.")).toEqual(["Iraq"]);
    // a name only seen after "in" is not spread through the document
    expect(mentions("Everything stored in Dropbox shows up. Later, Dropbox is releasing a feature.").filter((m) => m === "Dropbox").length).toBeLessThan(2);
  });
});

describe("more place patterns", () => {
  it("reads 'the town of X', 'X, near Y', ordinal streets and French street prefixes", () => {
    expect(mentions("He paints houses in the small town of Kasba Bonli in northwestern India.")).toEqual(["India", "Kasba Bonli"]);
    expect(mentions("He won at Thruxton, near Andover, last year.")).toEqual(["Andover", "Thruxton"]);
    expect(mentions("The council approved the renaming of Third street.")).toEqual(["Third street"]);
    expect(mentions("Royal Street, formerly Rue Casa Calvo, runs through the Faubourg Marigny.")).toEqual(["Faubourg Marigny", "Royal Street", "Rue Casa Calvo"]);
  });
  it("does not cut a facility's name to its last word", () => {
    expect(mentions("The ceremony was held at Andrews Air Force Base, near Washington.")).not.toContain("Base");
  });
  it("keeps a country before its legislature, not before a named department", () => {
    expect(mentions("Source: United States House of Representatives – Congressman Diaz-Balart spoke.")).toContain("United States");
  });
});

describe("possessives and middle names", () => {
  it("does not take a person's plural possessive or middle name for a place", () => {
    expect(mentions("The team ended up in Victoria Vivians’ hotel room.")).toEqual([]);
    expect(mentions("She is mother to two-year-old Leo Thames Newman.")).toEqual([]);
    expect(mentions("Boats sailed up the Thames to London.")).toEqual(["London", "Thames"]);
  });
  it("sees a council behind a possessive", () => {
    expect(mentions("He cannot stand over houses in Tipperary County Council's scheme.")).toEqual([]);
  });
});

describe("lines and compass-prefixed streets", () => {
  it("does not take a transport line's colour or name for a town", () => {
    expect(mentions("Service to the Metro station on the Orange line runs from Centreville.")).not.toContain("Orange");
  });
  it("keeps an abbreviated compass point with its street", () => {
    expect(mentions("Police were called to the 400-block of N. Bedford Drive.")).toEqual(["N. Bedford Drive"]);
  });
});

describe("transcripts and treaties", () => {
  it("does not take a transcript's speaker label for a dateline town", () => {
    expect(mentions("RAMOS: Secretary Clinton, did you lie?\nCLINTON: No.")).toEqual([]);
    expect(mentions("NEW DELHI: The government announced a plan.")).toEqual(["NEW DELHI"]);
  });
  it("reads the place in a treaty's name as part of the name", () => {
    expect(mentions("Wilson signed the Treaty of Versailles.")).toEqual([]);
  });
});

describe("accents and headline runs", () => {
  it("does not match a short or personal word to a small accented town", () => {
    expect(mentions("Al said the vote was close in Ohio.")).toEqual(["Ohio"]);
    expect(mentions("Elian returned to Cardenas, Cuba.")).toContain("Cardenas");
  });
  it("ends a place-shaped name at a headline's function word", () => {
    expect(mentions("Angry Voters Have Point, Says Poll")).toEqual([]);
    expect(mentions("Cape Breton Will Welcome American Refugees")).toEqual(expect.not.arrayContaining(["Cape Breton Will Welcome American"]));
  });
});
