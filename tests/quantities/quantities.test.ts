/**
 * Quantities: each family (number words, money, units, ranges, bounds, trends) and
 * the things that are not quantities, on hand-made sentences, positive and negative.
 */
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document.js";
import { extractQuantities } from "../../src/quantities/extract.js";
import type { QuantityFact } from "../../src/facts.js";
import { parse } from "../../src/nlp.js";

function quantities(text: string): QuantityFact[] {
  const doc = createDocument({ text, date: "2024-10-18" });
  const facts = extractQuantities({ doc, parsed: parse(doc.text) });
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  return facts;
}
const values = (text: string) => quantities(text).map((q) => q.value);
/** the one quantity with this value */
function one(text: string, value: number | [number, number]): QuantityFact {
  const found = quantities(text).filter((q) => JSON.stringify(q.value) === JSON.stringify(value));
  expect(found, `${JSON.stringify(value)} in "${text}"`).toHaveLength(1);
  return found[0];
}

describe("numbers in digits, words and both", () => {
  it.each([
    ["The firm employs 10,000 people.", 10000],
    ["Turnover was 1,463.78 points.", 1463.78],
    ["Eight million people voted.", 8e6],
    ["They hired twenty-five engineers.", 25],
    ["It sold two hundred and fifty cars.", 250],
    ["There were 4 hundred million people.", 4e8],
    ["The club has a dozen players left.", 12],
    ["It is a million dollar house.", 1e6],
    ["The rate fell to .001 per cent.", 0.001],
    ["The team lost 2½ points.", 2.5],
    ["Nearly two-thirds of voters agreed.", 2 / 3],
    ["A third of the population lives in cities.", 1 / 3],
    ["One out of three Germans rent.", 1 / 3],
    ["Only one in 10 households has broadband.", 0.1],
    ["The drug cut the risk by a third.", 1 / 3],
    ["Only one person survived.", 1],
    ["The offence was minus-5 yards.", -5],
    ["The trade balance was $-50.8bn.", -50.8e9],
    ["It can drop to minus 40 degrees.", -40],
    ["About 1.2m people live there.", 1.2e6],
    ["Half a million people marched.", 5e5],
    ["One US fluid ounce is 1/16 of a US pint.", 1 / 16],
  ])("%s → %s", (text, value) => {
    expect(values(text)).toContainEqual(value);
  });
  it("reads vague plurals as an order of magnitude", () => {
    expect(one("Hundreds of miles away, the plume rose.", [100, 1000]).unit).toBe("mile");
    expect(one("Tens of thousands of students marched.", [10000, 100000]).unit).toBe("student");
    expect(one("It cost tens of millions of dollars.", [1e7, 1e8]).unit).toBe("dollar");
  });
});

describe("money: currency as ISO 4217 code, unit as its name", () => {
  it.each([
    ["The deal is worth $800 million.", 8e8, "USD", "dollar"],
    ["Shares closed at £3.2m.", 3.2e6, "GBP", "pound sterling"],
    ["Revenue hit €1.5bn last year.", 1.5e9, "EUR", "euro"],
    ["The fine was 10.5 million Australian dollars.", 10.5e6, "AUD", "Australian dollar"],
    ["It raised HK$5.4m in a day.", 5.4e6, "HKD", "Hong Kong dollar"],
    ["The budget is 1.3 billion shekels.", 1.3e9, "ILS", "shekel"],
    ["Gold traded at USD1,700 an ounce.", 1700, "USD", "dollar per ounce"],
    ["They paid US $58.24 per barrel.", 58.24, "USD", "dollar per barrel"],
    ["He bought a notebook for 1,200€.", 1200, "EUR", "euro"],
    ["Nintendo fell to Y=28,030.", 28030, "JPY", "yen"],
    ["The project costs Rs 500 crore.", 5e9, "INR", "Indian rupee"],
    ["The bonus was PS2.7m.", 2.7e6, "GBP", "pound sterling"],
  ])("%s", (text, value, currency, unit) => {
    const q = one(text, value);
    expect(q.kind).toBe("money");
    expect(q.currency).toBe(currency);
    expect(q.unit).toBe(unit);
  });
  it("reads sub-units and pence", () => {
    expect(one("It lost 63 cents per share.", 63).unit).toBe("cent per share");
    expect(one("Shares closed at 118.5p.", 118.5).unit).toBe("penny");
  });
  it("resolves a bare $ by the country the article is about", () => {
    const text = "Canada's central bank said on Monday. The Canadian economy grew and Toronto shares gained. The bill costs $5 billion.";
    expect(one(text, 5e9).currency).toBe("CAD");
    expect(one("The Pentagon said the bill costs $5 billion.", 5e9).currency).toBe("USD");
  });
  it("tells pounds of weight from pounds of money", () => {
    expect(one("He dropped to 193 pounds.", 193).unit).toBe("lb");
    expect(one("The club paid 2 million pounds.", 2e6).currency).toBe("GBP");
  });
});

describe("units and counted nouns", () => {
  it.each([
    ["The shells were 122-mm rounds.", 122, "mm", "measure"],
    ["The storm had winds of 155mph.", 155, "mph", "measure"],
    ["The figure drops to 140 km/h.", 140, "km/h", "measure"],
    ["The bluefin tuna weighed 278kg.", 278, "kg", "measure"],
    ["The aircraft is 72.7 metres long.", 72.7, "m", "measure"],
    ["Water boils at 100 degrees Celsius.", 100, "°C", "measure"],
    ["The plant makes 52,000 barrels a day.", 52000, "barrel per day", "measure"],
    ["The centre covers 1520 sq m.", 1520, "sq m", "measure"],
    ["Its battery stores 5.5kWh.", 5.5, "kilowatt hour", "measure"],
    ["A 50 year-old man was arrested.", 50, "year of age", "measure"],
    ["Only 19 per cent agreed.", 19, "%", "percent"],
    ["Rates rose 25 basis points.", 25, "basis point", "percent"],
    ["The rate is 1.38pc.", 1.38, "%", "percent"],
    ["The 37m yacht sank.", 37, "m", "measure"],
    ["He is 6ft 2in tall.", 2, "in", "measure"],
    ["It is 1/16 of a US pint.", 1 / 16, "pint", "measure"],
  ])("%s", (text, value, unit, kind) => {
    const q = one(text, value);
    expect(q.unit).toBe(unit);
    expect(q.kind).toBe(kind);
  });
  it("keeps the counted noun as written and singular", () => {
    const q = one("The agency sent 13,000 shipping containers to the port.", 13000);
    expect(q).toMatchObject({ unit: "shipping container", unitText: "shipping containers", kind: "count" });
    expect(one("It found 19 fouls in the match.", 19).unit).toBe("foul");
    expect(one("The fund helped 60 commercial fishermen.", 60).unit).toBe("commercial fisherman");
    expect(one("He is one of the best players.", 1).unit).toBe("best player");
    expect(one("Sony sold 10 million PS5 consoles.", 1e7).unit).toBe("PS5 console");
  });
  it("counts the noun past calibres, and reads the calibres as measures", () => {
    const qs = quantities("As many as eight million 122-mm and 152-mm shells were sent.");
    expect(qs.map((q) => [q.value, q.unit, q.kind])).toEqual([
      [8e6, "shell", "count"], [122, "mm", "measure"], [152, "mm", "measure"],
    ]);
    expect(values("As many as eight million 122-mm shells")).not.toContain(8000122);
  });
  it("reads an age in apposition", () => {
    expect(one("Mr Biden, 80, said he would run again.", 80).unit).toBe("year of age");
  });
  it("leaves a bare number without a unit", () => {
    expect(one("Pluristem rose 8.15% to 3.65 after the news.", 3.65).unit).toBeNull();
  });
});

describe("ranges", () => {
  it.each([
    ["Prices range from $370,000 to $5.5 million.", [370000, 5.5e6], "dollar"],
    ["There are 1 to 2 thousand people.", [1000, 2000], "people"],
    ["He drove at 15-22 miles per hour.", [15, 22], "mph"],
    ["They used a 5-10W laser.", [5, 10], "W"],
    ["Prices should increase between 5% and 6%.", [5, 6], "%"],
    ["It fell from 4.8 to 4.7 percent.", [4.8, 4.7], "%"],
    ["The fee is five per cent to 20 per cent.", [5, 20], "%"],
    ["It took three or four years.", [3, 4], "year"],
    ["A fine of $3 billion to $5 billion is likely.", [3e9, 5e9], "dollar"],
    ["Bitcoin fell from $36,040 last night to $34,935.", [36040, 34935], "dollar"],
    ["His weight went from 208 pounds to 193.", [208, 193], "lb"],
    ["Growth of 5%-6% is expected.", [5, 6], "%"],
    ["Shares were priced at $62-$68 each.", [62, 68], "dollar"],
    ["Between 2.5m and 3m people watched.", [2.5e6, 3e6], "people"],
  ])("%s", (text, value, unit) => {
    expect(one(text, value as [number, number]).unit).toBe(unit);
  });
  it("keeps a change and its new level apart", () => {
    expect(values("Blackmores was up 9.4 per cent to $84.")).toEqual([9.4, 84]);
    expect(values("Revenue rose to $7.36 billion from $6.78 billion a year earlier.")).toEqual([7.36e9, 6.78e9]);
  });
});

describe("bounds", () => {
  it.each([
    ["The figure could be closer to 12,000.", 12000, "approx"],
    ["There were nearly 11,000 troops.", 11000, "approx"],
    ["It has about 600 staff.", 600, "approx"],
    ["It cost some $42,500.", 42500, "approx"],
    ["They laid off more than 6,650 employees.", 6650, "min"],
    ["The grant is worth at least $8 million.", 8e6, "min"],
    ["It peaked at over $76 a barrel.", 76, "min"],
    ["The grant is worth up to $8 million.", 8e6, "max"],
    ["That adds up to 185,000 over the term.", 185000, "exact"],
    ["As many as 14 players left.", 14, "max"],
    ["It took fewer than 3.5 seconds.", 3.5, "max"],
    ["Some 20-odd people came.", 20, "approx"],
    ["They hired 50 or more staff.", 50, "min"],
    ["They spent just under 20 percent.", 20, "max"],
    ["It produced under 296 hp.", 296, "max"],
    ["It is worth exactly $2000.", 2000, "exact"],
    ["He scored 22 goals.", 22, "exact"],
  ])("%s", (text, value, bound) => {
    expect(one(text, value).bound).toBe(bound);
  });
  it("passes the bound to a conversion in brackets", () => {
    expect(one("Deposits of more than 7.5 million Danish crowns (US $1.1 million) are charged.", 1.1e6).bound).toBe("min");
  });
});

describe("trends", () => {
  it.each([
    ["The index rose 0.65 per cent.", 0.65, "up"],
    ["The government cut spending by $2bn.", 2e9, "down"],
    ["Tesla shares were up nearly 57%.", 57, "up"],
    ["Healthcare dropped 1.61%.", 1.61, "down"],
    ["The index ended down 1% on Friday.", 1, "down"],
    ["Pension Credit will rise by 10.1 percent next year.", 10.1, "up"],
    ["Dow +0.2% in early trade.", 0.2, "up"],
    ["Shares of Ross were down 2.3%, Burlington by 2.6%.", 2.6, "down"],
    ["Brent crude rose 45 cents, or 0.6%, to $74.10 a barrel.", 0.6, "up"],
    ["The index fell 2.5 points, or 0.1 percent, to 2,500.", 0.1, "down"],
  ])("%s", (text, value, trend) => {
    expect(one(text, value).trend).toBe(trend);
  });
  it.each([
    ["Revenue rose to $7.36 billion.", 7.36e9],
    ["The defence gave up 517 rushing yards.", 517],
    ["Prices are expected to rise only to 1.9% next year.", 1.9],
    ["Shares jumped 9 per cent to $84.", 84],
  ])("no trend on a level or a phrasal verb: %s", (text, value) => {
    expect(one(text, value).trend).toBeNull();
  });
});

describe("not quantities", () => {
  it.each([
    ["The deal was signed in 2019.", "a year"],
    ["Brexit is due to take place on March 29.", "a date"],
    ["The report dated Feb. 21 was published.", "an abbreviated month"],
    ["They met on 8 July.", "a day before a month"],
    ["The meeting starts at 5:00 AM.", "a clock time"],
    ["Bitcoin fell at 10.45pm last night.", "a glued time"],
    ["He scored in the 96th minute.", "an ordinal"],
    ["They finished third.", "an ordinal word"],
    ["At 2-0 down it was easy to give up.", "a score"],
    ["They celebrated a 3-1 win.", "a score before its noun"],
    ["Fortune 500 firms led.", "a list name at the start of a sentence"],
    ["The S&P 500 closed higher.", "a name"],
    ["Covid-19 spread fast.", "a name with a hyphen"],
    ["He flew a Boeing 737 yesterday.", "a model"],
    ["The F-16 jets landed.", "a model with a hyphen"],
    ["Section 427 of the act applies.", "a section number"],
    ["Call 555-123-4567 today.", "a phone number"],
    ["The music of the 1990s was loud.", "a decade"],
    ["He lives at 575 Wilbraham Road.", "a house number"],
    ["The iPhone 11 Pro is new.", "a product name"],
    ["Watch it on BBC One tonight.", "a channel"],
    ["You use the same one every day.", "a pronoun"],
    ["He signed a five-year contract.", "a hyphenated duration"],
    ["The X6 and CO2 levels were compared.", "codes"],
    ["It was published on 2024-10-18.", "an ISO date"],
    ['<tweet id="672138506081275904">Hello</tweet>', "an identifier"],
    ["See https://example.com/news/2018/mar/28/story-467078/ now.", "a web address"],
    ["Read part 3 of the series.", "a part number"],
    ["The #2 seed won.", "a rank sign"],
    ["And if one adds Nebraska, it changes.", "a pronoun before a verb"],
    ["The framework is set under Section 6A of the act.", "a section with a letter"],
    ["It was a one-off event.", "one-off"],
    ["I am the only one who does.", "the only one"],
    ["He was part of the Gang of Eight on immigration.", "a capitalised number word in a name"],
    ["Shops open between 9 and 10 a.m. daily.", "a range of times"],
    ["The programme ran from 2010 to 2015.", "a range of years"],
    ["The fair runs from 3 to 5 March.", "a range of days"],
    ["They back net zero policies.", "zero as a word"],
  ])("%s (%s)", (text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe("concept: what the quantity is about", () => {
  it.each([
    ["Tesla shares were up nearly 57% on Monday.", 57, "Tesla shares"],
    ["The agency would impose a fine of $3 billion.", 3e9, "fine"],
    ["The aircraft is 72.7 metres long.", 72.7, "aircraft"],
    ["Revenue in the quarter rose to $7.36 billion.", 7.36e9, "Revenue in the quarter"],
    ["Nvidia advanced 8%, Qualcomm rose 4%.", 4, "Qualcomm"],
  ])("%s", (text, value, concept) => {
    expect(one(text, value).concept).toBe(concept);
  });
  it("says nothing when the sentence does not", () => {
    expect(one("About 5%, they said.", 5).concept).toBeNull();
  });
});
