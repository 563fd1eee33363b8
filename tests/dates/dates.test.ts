/**
 * Dates: each expression family on hand-made sentences, with a fixed reference
 * date (Friday 18 October 2024), positive and negative cases.
 */
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document.js";
import { extractDates } from "../../src/dates/extract.js";
import type { DateFact } from "../../src/facts.js";
import { parse } from "../../src/nlp.js";

const REF = "2024-10-18"; // a Friday

function dates(text: string, date: string | null = REF): DateFact[] {
  const doc = createDocument({ text, date });
  const facts = extractDates({ doc, parsed: parse(doc.text) });
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  return facts;
}

/** [text, type, value] of every date found */
const found = (text: string, date: string | null = REF) => dates(text, date).map((f) => [f.text, f.type, f.value]);
/** the value of the one date whose text is `span` */
function valueOf(text: string, span: string, date: string | null = REF): string | undefined {
  return dates(text, date).find((f) => f.text === span)?.value;
}

describe("weekdays take the direction of the tense", () => {
  it("past tense: the previous one", () => {
    expect(found("The minister resigned on Thursday.")).toEqual([["Thursday", "DATE", "2024-10-17"]]);
    expect(valueOf("Police said the suspect was arrested Monday.", "Monday")).toBe("2024-10-14");
  });
  it("future tense: the next one", () => {
    expect(valueOf("The talks will resume on Tuesday.", "Tuesday")).toBe("2024-10-22");
    expect(valueOf("Ministers are expected to meet Wednesday.", "Wednesday")).toBe("2024-10-23");
  });
  it("the reference day itself, and last / next", () => {
    expect(valueOf("The report was published on Friday.", "Friday")).toBe("2024-10-18");
    expect(valueOf("He left last Friday.", "last Friday")).toBe("2024-10-11");
    expect(valueOf("They meet next Monday.", "next Monday")).toBe("2024-10-21");
  });
  it("inside a quotation the quoted verb decides, not the reporting verb", () => {
    expect(valueOf("\"We will vote on Tuesday,\" the senator said.", "Tuesday")).toBe("2024-10-22");
    expect(valueOf("''The troops will leave Thursday,'' the general said.", "Thursday")).toBe("2024-10-24");
    // outside the quotation the reporting verb decides
    expect(valueOf("The senator said Tuesday: \"We will win.\"", "Tuesday")).toBe("2024-10-15");
  });
  it("an 's after a noun is a possessive, not a present-tense 'is'", () => {
    // told on Monday 21 October: the nearest Thursday would be the 24th, the past one is the 17th
    expect(valueOf("Volume was 84 million shares, up from 44 million Thursday and the week's busiest session.", "Thursday", "2024-10-21")).toBe("2024-10-17");
  });
  it("'in the morning' told in the past is on the day the text talks about", () => {
    expect(valueOf("Shares fell on Wednesday. Dealers sold heavily in the morning.", "the morning")).toBe("2024-10-16TMO");
    expect(valueOf("Dealers will sell in the morning.", "the morning")).toBe("2024-10-18TMO");
  });
  it("a subject noun tagged as a present-tense verb does not vote ('Tanzanian police and FBI agents said')", () => {
    // told on Wednesday 16 October: the nearest Sunday would be the 20th, the past one is the 13th
    expect(valueOf("On Sunday, Tanzanian police and FBI agents said they had arrested two men.", "Sunday", "2024-10-16")).toBe("2024-10-13");
    expect(valueOf("U.S. forces struck the camp on Sunday.", "Sunday", "2024-10-16")).toBe("2024-10-13");
    // a scheduled event told in the present keeps the nearest day
    expect(valueOf("The two leaders meet separately Monday.", "Monday")).toBe("2024-10-21");
  });
  it("a plan in the past perfect is over: 'had been scheduled to'", () => {
    expect(valueOf("The offer had been scheduled to expire Tuesday.", "Tuesday")).toBe("2024-10-15");
    expect(valueOf("The offer is scheduled to expire Tuesday.", "Tuesday")).toBe("2024-10-22");
  });
  it("a gerund has no tense of its own: the finite verb decides", () => {
    expect(valueOf("The shares are to resume trading in Paris Tuesday.", "Tuesday")).toBe("2024-10-22");
    expect(valueOf("The shares stopped trading in Paris Tuesday.", "Tuesday")).toBe("2024-10-15");
  });
  it("a weekday with a part of the day", () => {
    // TimeBank's convention: a named day with a part of it is a DATE
    expect(found("Protesters gathered on Wednesday night.")).toEqual([["Wednesday night", "DATE", "2024-10-16TNI"]]);
    expect(found("The vote took place Tuesday morning.")).toEqual([["Tuesday morning", "DATE", "2024-10-15"]]);
    expect(found("The rally began this morning.")).toEqual([["this morning", "TIME", "2024-10-18TMO"]]);
  });
});

describe("calendar dates", () => {
  it("day and month, either order, with or without a year", () => {
    expect(valueOf("Troops are due to arrive by 1 November.", "1 November")).toBe("2024-11-01");
    expect(valueOf("The deal was signed on November 1, 2023.", "November 1, 2023")).toBe("2023-11-01");
    expect(valueOf("The embassy was bombed on Aug. 7.", "Aug. 7")).toBe("2024-08-07");
    expect(valueOf("It happened on the 5th of March 2019.", "the 5th of March 2019")).toBe("2019-03-05");
  });
  it("'the week of March 6' is the week that day falls in", () => {
    expect(found("A hearing is set for the week of Nov. 4.")).toEqual([["the week of Nov. 4", "DATE", "2024-W45"]]);
    expect(valueOf("Prices fell during the week.", "the week")).toBe("2024-W42");
  });
  it("'last Oct. 23', 'next June 30': the day before or after the reference", () => {
    expect(found("He was shot last Oct. 23 at his home.")).toEqual([["last Oct. 23", "DATE", "2023-10-23"]]);
    expect(valueOf("The plant opened last Oct. 2.", "last Oct. 2")).toBe("2024-10-02");
    expect(valueOf("The term ends next June 30.", "next June 30")).toBe("2025-06-30");
  });
  it("a second day sharing the month: April 24 and 25", () => {
    expect(found("The summit will be held on April 24 and 25.")).toEqual([
      ["April 24", "DATE", "2025-04-24"],
      ["25", "DATE", "2025-04-25"],
    ]);
  });
  it("a date in the past tense that would be months ahead is last year's", () => {
    expect(valueOf("He was killed on Dec. 23 in his home.", "Dec. 23")).toBe("2023-12-23");
  });
  it("a weekday given with the date picks the year where they agree", () => {
    expect(valueOf("The paper said in an editorial on Saturday, Oct. 19: it is time.", "Saturday, Oct. 19")).toBe("2024-10-19");
  });
  it("months alone: past tense looks back, future ahead", () => {
    expect(found("Soldiers have been training in Russia since August.")).toEqual([["August", "DATE", "2024-08"]]);
    expect(valueOf("The first troops arrived in August.", "August")).toBe("2024-08");
    expect(valueOf("The summit will be held in April.", "April")).toBe("2025-04");
    expect(valueOf("She moved there last October.", "last October")).toBe("2023-10");
    expect(valueOf("Sales fell in June last year.", "June last year")).toBe("2023-06");
  });
  it("years, month-years, ISO dates and numeric dates", () => {
    expect(found("The law was passed in 1995.")).toEqual([["1995", "DATE", "1995"]]);
    expect(valueOf("Prices peaked in March 2019.", "March 2019")).toBe("2019-03");
    expect(valueOf("date 2024-10-18 North Korea has sent troops.", "2024-10-18")).toBe("2024-10-18");
    expect(valueOf("The form was filed on 8/7/1998.", "8/7/1998")).toBe("1998-08-07");
    expect(valueOf("Earnings fell in fiscal 1990.", "fiscal 1990")).toBe("1990");
  });
  it("modifiers stay in the span and keep the value: early 2024, mid-October, the end of the year", () => {
    expect(found("Elections are planned for early 2025.")).toEqual([["early 2025", "DATE", "2025"]]);
    expect(valueOf("Fighting intensified in mid-October.", "mid-October")).toBe("2024-10");
    expect(valueOf("It opened in late-September.", "late-September")).toBe("2024-09");
    expect(valueOf("The plant will close by the end of the year.", "the end of the year")).toBe("2024");
  });
});

describe("relative expressions anchored to the reference date", () => {
  it("last / this / next unit", () => {
    expect(found("Last week, Kim Jong Un greeted the envoy.")).toEqual([["Last week", "DATE", "2024-W41"]]);
    expect(valueOf("Officials confirmed it earlier this week.", "this week")).toBe("2024-W42");
    expect(valueOf("Talks resume next month.", "next month")).toBe("2024-11");
    expect(valueOf("Exports rose 5% last year.", "last year")).toBe("2023");
    expect(valueOf("The plan was announced earlier this year.", "earlier this year")).toBe("2024");
  });
  it("deictic days", () => {
    expect(found("The minister resigned yesterday and leaves office tomorrow.")).toEqual([
      ["yesterday", "DATE", "2024-10-17"],
      ["tomorrow", "DATE", "2024-10-19"],
    ]);
    expect(found("The president speaks tonight.")).toEqual([["tonight", "TIME", "2024-10-18TNI"]]);
  });
  it("offsets: ago, earlier, later", () => {
    expect(valueOf("The war began two days ago.", "two days ago")).toBe("2024-10-16");
    expect(valueOf("He arrived three weeks ago.", "three weeks ago")).toBe("2024-W39");
    expect(valueOf("The company was founded 20 years ago.", "20 years ago")).toBe("2004");
    expect(valueOf("The treaty took effect almost four years ago.", "almost four years ago")).toBe("2020");
    expect(valueOf("A few years ago this was unthinkable.", "A few years ago")).toBe("PAST_REF");
    // a hedge between the amount and "ago" stays in the expression
    expect(found("A week or so ago, the general chose the date.")).toEqual([["A week or so ago", "DATE", "2024-W41"]]);
  });
  it("'the quarter a year ago' is one expression: the report's quarter a year before", () => {
    expect(found("Profit rose in the third quarter. For the quarter a year ago, it earned less.").map((f) => f[2])).toEqual(["2024-Q3", "2023-Q3"]);
  });
  it("'a year earlier', 'two months later' step from the year or month the text gave last", () => {
    const text = "The plant opened in 1995. A year earlier, the firm had moved. It grew in March 1996. Two months later it shrank.";
    expect(valueOf(text, "A year earlier")).toBe("1994");
    expect(valueOf(text, "Two months later")).toBe("1996-05");
    // with no date before it, the reference date is the anchor
    expect(valueOf("A year earlier, the firm had moved.", "A year earlier")).toBe("2023");
  });
  it("'later' and 'the following year' step from the date the text gave", () => {
    const text = "The accident happened on March 3, 2020. Two days later the pilot was charged. He was jailed the following year.";
    expect(valueOf(text, "Two days later")).toBe("2020-03-05");
    expect(valueOf(text, "the following year")).toBe("2021");
    const story = "The market fell on Friday, Oct. 4, 2024, down 3% from the previous Friday.";
    expect(valueOf(story, "the previous Friday")).toBe("2024-09-27");
    expect(valueOf("The market fell on Oct. 4, 2024. Earlier that day, banks sold.", "Earlier that day")).toBe("2024-10-04");
  });
  it("seasons: last summer is the latest that has ended", () => {
    expect(valueOf("Prices rose last summer.", "last summer")).toBe("2024-SU");
    expect(valueOf("Snow fell last winter.", "last winter")).toBe("2023-WI");
    expect(valueOf("The dam will be finished in the spring of 2026.", "the spring of 2026")).toBe("2026-SP");
  });
  it("holidays", () => {
    expect(valueOf("The shops will close on Christmas Day.", "Christmas Day")).toBe("2024-12-25");
    expect(valueOf("Families will gather at Thanksgiving.", "Thanksgiving")).toBe("2024-11-28");
    expect(valueOf("Pilgrims arrived for Easter 2025.", "Easter 2025")).toBe("2025-04-20");
    expect(valueOf("The shops closed on Good Friday, 2024.", "Good Friday, 2024")).toBe("2024-03-29");
    // "Easter week": the ISO week the holiday falls in (Easter 2025 is Sunday 20 April, week 16)
    expect(found("Pilgrims will arrive in Easter week 2025.")).toEqual([["Easter week 2025", "DATE", "2025-W16"]]);
    expect(valueOf("Shops were busy in Christmas week.", "Christmas week")).toBe("2023-W52");
  });
});

describe("durations", () => {
  it("amounts of units", () => {
    expect(found("The siege lasted three days.")).toEqual([["three days", "DURATION", "P3D"]]);
    expect(valueOf("The flight took six hours.", "six hours")).toBe("PT6H");
    expect(valueOf("He served 2 1/2 years in prison.", "2 1/2 years")).toBe("P2Y6M");
    expect(valueOf("She waited a minute and left.", "a minute")).toBe("PT1M");
    expect(valueOf("The meeting lasted 1.5 hours.", "1.5 hours")).toBe("PT1H30M");
    // a couple is two; "several" stays vague
    expect(found("Prices may stay high for a couple of years.")).toEqual([["a couple of years", "DURATION", "P2Y"]]);
    expect(valueOf("Over the next couple of months we will hire.", "the next couple of months")).toBe("P2M");
    expect(valueOf("It took several years.", "several years")).toBe("PXY");
  });
  it("'last' as a verb is no lead: 'will last a year'", () => {
    expect(found("The work will last a year.")).toEqual([["a year", "DURATION", "P1Y"]]);
  });
  it("'the past three years' keeps its article and lead", () => {
    expect(found("Output has doubled over the past three years.")).toEqual([["the past three years", "DURATION", "P3Y"]]);
    expect(valueOf("The talks may last for the next few days.", "the next few days")).toBe("PXD");
  });
  it("vague spans of time: the weeks ahead, over the years", () => {
    expect(found("Prices may rise in the weeks ahead.")).toEqual([["the weeks ahead", "DURATION", "PXW"]]);
    // "coming" stays in the span after a preposition, as "recent" does
    expect(found("Rates may fall in coming weeks.")).toEqual([["coming weeks", "DURATION", "PXW"]]);
    expect(found("Prices rose in recent months.")).toEqual([["recent months", "DURATION", "PXM"]]);
    expect(valueOf("Over the years, the town grew.", "the years")).toBe("PXY");
  });
  it("hyphenated adjectives without their article", () => {
    expect(found("After a two-day visit, she left.")).toEqual([["two-day", "DURATION", "P2D"]]);
    expect(valueOf("He began a 16-hour flight.", "16-hour")).toBe("PT16H");
    expect(found("They left a day-long meeting.")).toEqual([["day-long", "DURATION", "P1D"]]);
    expect(valueOf("Families kept it for more than two thousand years.", "more than two thousand years")).toBe("P2000Y");
  });
  it("hedges stay out of the span, bounds stay in", () => {
    expect(found("She spent about five hours there.")).toEqual([["five hours", "DURATION", "PT5H"]]);
    expect(found("The ban lasts at least 30 days.")).toEqual([["at least 30 days", "DURATION", "P30D"]]);
  });
  it("ages are not durations", () => {
    expect(found("A 44-year-old man was arrested.")).toEqual([]);
    expect(found("The man, 44 years old, was arrested.")).toEqual([]);
  });
});

describe("sets, times, quarters, decades, reference words", () => {
  it("sets", () => {
    expect(found("The committee meets every week.")).toEqual([["every week", "SET", "P1W"]]);
    expect(valueOf("Fees rise annually.", "annually")).toBe("P1Y");
    expect(valueOf("Flights leave each Thursday.", "each Thursday")).toBe("XXXX-WXX-4");
    expect(valueOf("The paper is published daily.", "daily")).toBe("P1D");
    // quarters keep their unit, as the durations do
    expect(found("Interest is paid every quarter.")).toEqual([["every quarter", "SET", "P1Q"]]);
  });
  it("a rate after an amount is a set, but 'a year ago' stays a date", () => {
    expect(found("The plan saves $500 million a year.")).toEqual([["a year", "SET", "P1Y"]]);
    expect(found("Profit was $2 million a year ago.")).toEqual([["a year ago", "DATE", "2023"]]);
  });
  it("clock times", () => {
    expect(found("The blast occurred at 3 p.m. in the capital.")).toEqual([["3 p.m.", "TIME", "2024-10-18T15:00"]]);
    // at the end of a sentence the period closes the sentence (TimeBank's spans)
    expect(found("He arrived at 6 a.m. The talks began.")).toEqual([["6 a.m", "TIME", "2024-10-18T06:00"]]);
    expect(valueOf("The deadline will expire at 9 a.m. Tuesday.", "9 a.m. Tuesday")).toBe("2024-10-22T09:00");
    expect(valueOf("He left at 10:35 a.m. yesterday.", "10:35 a.m. yesterday")).toBe("2024-10-17T10:35");
    expect(valueOf("The blast occurred at about 10:35 a.m. (0735 GMT) Wednesday, killing dozens.", "10:35 a.m.")).toBe("2024-10-16T10:35");
    // a bare time told in the past belongs to the day the story is about
    expect(valueOf("The doctor was shot on Oct. 3. He died at 10 p.m. in hospital.", "10 p.m.")).toBe("2024-10-03T22:00");
  });
  it("quarters and halves", () => {
    expect(valueOf("Profit rose in the third quarter.", "the third quarter")).toBe("2024-Q3");
    expect(found("Its third-quarter profit rose.")).toEqual([["third-quarter", "DATE", "2024-Q3"]]);
    expect(valueOf("Sales fell in the first half of 2023.", "the first half of 2023")).toBe("2023-H1");
    // two quarters of a named year are its half; without a year they are a span of time
    expect(found("Demand stays weak through at least the first two quarters of 2025.")).toEqual([["the first two quarters of 2025", "DATE", "2025-H1"]]);
    expect(found("Losses mounted in the past two quarters.")).toEqual([["the past two quarters", "DURATION", "P2Q"]]);
    const report = "Net income rose 5% in the third quarter, up from $2 million a year earlier.";
    expect(valueOf(report, "a year earlier")).toBe("2023-Q3");
    const report3 = "Net rose in the third quarter from $2 million in the same period last year.";
    expect(valueOf(report3, "the same period last year")).toBe("2023-Q3");
    expect(valueOf("Net rose in the third quarter; sales for last year's quarter were lower.", "last year's quarter")).toBe("2023-Q3");
    const report2 = "Net rose in this year's third quarter, while in the 2023 period it fell.";
    expect(found(report2).map((f) => [f[0], f[2]])).toEqual([["this year's third quarter", "2024-Q3"], ["the 2023 period", "2023-Q3"]]);
  });
  it("decades and centuries", () => {
    expect(found("The policy dates from the 1990s.")).toEqual([["the 1990s", "DATE", "199"]]);
    expect(valueOf("It began in the early 1980s.", "the early 1980s")).toBe("198");
    expect(valueOf("The worst war of the 20th century.", "the 20th century")).toBe("19");
    expect(found("Sales boomed in the late '80s.")).toEqual([["the late '80s", "DATE", "198"]]);
    // a half of a decade is the decade, at its start or end
    expect(found("Prices were flat in the last half of the 1980s.")).toEqual([["the last half of the 1980s", "DATE", "198"]]);
  });
  it("present, past and future references", () => {
    expect(found("Troops are now stationed there.")).toEqual([["now", "DATE", "PRESENT_REF"]]);
    expect(valueOf("The missile was recently recovered.", "recently")).toBe("PAST_REF");
    expect(valueOf("We will see in the future.", "the future")).toBe("FUTURE_REF");
    expect(valueOf("He is currently in Seoul.", "currently")).toBe("PRESENT_REF");
    // "soon" after a modal or "to" is a future time; "as soon as", "soon after", "was soon released" are not
    expect(found("Prosecutors may soon seek an indictment.")).toEqual([["soon", "DATE", "FUTURE_REF"]]);
    expect(found("Sales are expected to soon grow.")).toEqual([["soon", "DATE", "FUTURE_REF"]]);
    expect(found("He was soon released and left as soon as he could, soon after the vote.").filter((f) => f[0] === "soon")).toEqual([]);
    // "will one day" is some future day; "took one day" a day's length
    expect(found("Robots will one day replace them.")).toEqual([["one day", "DATE", "FUTURE_REF"]]);
    expect(found("The repair took one day.")).toEqual([["one day", "DURATION", "P1D"]]);
  });
});

describe("what is not a date", () => {
  it("counts, calibres, money, scores and model numbers", () => {
    expect(found("About 2,600 soldiers and 1,500 troops arrived.")).toEqual([]);
    expect(found("It fired 122-mm and 152-mm shells.")).toEqual([]);
    expect(found("The stake is worth $2000 and 1998 shares changed hands.")).toEqual([]);
    expect(found("The Boeing 747 and the A320 landed.")).toEqual([]);
    expect(found("They won 3-1 after 2000 people watched.")).toEqual([]);
    expect(found("Police said 1999 protesters gathered.")).toEqual([]);
    expect(found("In 1990 prices rose, and the 1988 results were restated.").map((f) => f[0])).toEqual(["1990", "1988"]);
  });
  it("days that do not exist", () => {
    expect(found("It was dated Feb. 30, 2023 and 2023-02-29.").map((f) => f[2])).not.toContain("2023-02-30");
    expect(found("The form said 2023-02-29.").map((f) => f[2])).not.toContain("2023-02-29");
    expect(valueOf("Born on Feb. 29, 2024.", "Feb. 29, 2024")).toBe("2024-02-29");
  });
  it("words that look like calendar words", () => {
    expect(found("Prices may fall below last year's low.").map((f) => f[0])).toEqual(["last year"]);
    expect(found("Jan Kavan met August Wilson.")).toEqual([]);
    expect(found("He will march on the capital.")).toEqual([]);
    expect(found("It was a second attempt.")).toEqual([]);
    expect(found("The rifle, Kopp's 1987 Chevrolet and the car were found.")).toEqual([]);
    // "today's" names the day before a thing of that day, the present age otherwise; "VOA Today" is a name
    expect(found("It was advertised in today's editions of the paper.").map((f) => f[0])).toEqual(["today"]);
    expect(found("It fails in today's world.")).toEqual([]);
    expect(found("This is VOA Today.")).toEqual([]);
    expect(found("The quarter-to-quarter comparison improved.")).toEqual([]);
    // a number after a capitalized name belongs to the name; a year after a preposition or month stays
    expect(found("He set up a venture called Orion 1980, making parts.")).toEqual([]);
    expect(found("Shares Fell In 1998.").map((f) => f[2])).toEqual(["1998"]);
    // a fraction is no quarter of a year; quarters of losses are
    expect(found("Funds hold more than a quarter of the market.")).toEqual([]);
    expect(found("It gained after several quarters of losses.")).toEqual([["several quarters", "DURATION", "PXQ"]]);
  });
});

describe("without a reference date", () => {
  it("relative values stay underspecified and say so", () => {
    const [thu] = dates("The minister resigned on Thursday.", null);
    expect(thu).toMatchObject({ text: "Thursday", value: "XXXX-WXX-4", unresolved: true });
    const [week] = dates("Last week, he left.", null);
    expect(week).toMatchObject({ value: "PAST_REF", unresolved: true });
    const [oct] = dates("It opened on Oct. 17.", null);
    expect(oct).toMatchObject({ value: "XXXX-10-17", unresolved: true });
  });
  it("a step from a date the text gives needs no reference either", () => {
    const facts = dates("The plant opened on March 3, 2020. Two days later it closed. It reopened the following year.", null);
    expect(facts.map((f) => [f.text, f.value, f.unresolved])).toEqual([
      ["March 3, 2020", "2020-03-03", false],
      ["Two days later", "2020-03-05", false],
      ["the following year", "2021", false],
    ]);
    const [y] = dates("It reopened the following year.", null);
    expect(y).toMatchObject({ value: "XXXX", unresolved: true });
  });
  it("absolute dates need no reference", () => {
    const [d] = dates("The deal was signed on November 1, 2023.", null);
    expect(d).toMatchObject({ value: "2023-11-01", unresolved: false, inferred: false });
  });
});

describe("what a date fact says besides its value", () => {
  it("granularity and the interval it covers", () => {
    const [w] = dates("Last week, he left.");
    expect(w).toMatchObject({ granularity: "week", from: "2024-10-07", to: "2024-10-13", inferred: true });
    const [q] = dates("Profit rose in the third quarter of 2023.");
    expect(q).toMatchObject({ value: "2023-Q3", granularity: "quarter", from: "2023-07-01", to: "2023-09-30", inferred: false });
    const [m] = dates("It snowed in February 2024.");
    expect(m).toMatchObject({ granularity: "month", from: "2024-02-01", to: "2024-02-29" });
    const [dur] = dates("The siege lasted three days.");
    expect(dur.from).toBeUndefined();
  });
});

describe("formats of today's news", () => {
  it("24-hour clocks, British times and day-first numeric dates", () => {
    expect(valueOf("The polls close at 22:00 local time.", "22:00 local time")).toBe("2024-10-18T22:00");
    expect(valueOf("The statement came at 10.30am.", "10.30am")).toBe("2024-10-18T10:30");
    expect(valueOf("It was signed on 18/10/2023.", "18/10/2023")).toBe("2023-10-18");
    expect(found("The score was 3:45 in the final quarter of the game.").map((f) => f[0])).not.toContain("3:45");
  });
  it("business shorthand: Q3 2024, H1, FY2023", () => {
    expect(found("Revenue rose in Q3 2023.")).toEqual([["Q3 2023", "DATE", "2023-Q3"]]);
    expect(valueOf("Margins improved in H1.", "H1")).toBe("2024-H1");
    expect(valueOf("Profit fell in FY2023.", "FY2023")).toBe("2023");
  });
});

describe("hostile words", () => {
  it("Object.prototype names are just words", () => {
    const text = "He said constructor 5 constructor troops in toString on valueOf Friday, hasOwnProperty said __proto__ days.";
    expect(() => dates(text)).not.toThrow();
    expect(dates(text).map((f) => f.text)).toEqual(["Friday"]);
  });
});
