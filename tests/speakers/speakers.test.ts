import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document.js";
import type { QuoteFact, SpeakerFact } from "../../src/facts.js";
import { parse } from "../../src/nlp.js";
import { CUE_FORMS } from "../../src/speakers/cues.js";
import { extractSpeakers } from "../../src/speakers/extract.js";
import { findQuoteSegments, paragraphsOf } from "../../src/speakers/quotes.js";

function said(text: string): { quotes: QuoteFact[]; speakers: SpeakerFact[] } {
  const doc = createDocument({ id: "t", text, date: "2024-10-18" });
  const out = extractSpeakers({ doc, parsed: parse(text) });
  for (const q of out.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    for (const p of q.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
    if (q.speakerIndex !== null) expect(out.speakers[q.speakerIndex].name).toBe(q.speaker);
  }
  // a title is traced to the words it came from
  for (const s of out.speakers) {
    expect(s.titleSpan?.text ?? null).toBe(s.title);
    if (s.titleSpan) expect(text.slice(s.titleSpan.start, s.titleSpan.end)).toBe(s.title);
  }
  return out;
}
const one = (text: string): QuoteFact => {
  const { quotes } = said(text);
  expect(quotes).toHaveLength(1);
  return quotes[0];
};
/** the quote whose cue is `cue`, and its source's text */
const byCue = (text: string, cue = "said"): QuoteFact | undefined => said(text).quotes.find((q) => q.cue?.text === cue);
const sourceOf = (text: string, cue = "said") => byCue(text, cue)?.source?.text;
const speakerOf = (out: { quotes: QuoteFact[] }, fragment: string) => out.quotes.find((q) => q.text.includes(fragment))?.speaker;
/** the speaker of the quote whose cue is `cue` */
const speakerByCue = (out: { quotes: QuoteFact[] }, cue: string) => out.quotes.find((q) => q.cue?.text === cue)?.speaker;

describe("quotation segments", () => {
  it("pairs straight, curly and two-apostrophe marks within a paragraph", () => {
    const text = `"One," she said. “Two,” he said. ''Three,'' they said.`;
    const segs = findQuoteSegments(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
    expect(segs).toEqual([`"One,"`, "“Two,”", "''Three,''"]);
  });
  it("carries an unclosed quotation into a paragraph that opens with a quote mark", () => {
    const text = "“We will stay here.\n\n“And we will win,” she said.";
    const segs = findQuoteSegments(text, paragraphsOf(text));
    expect(segs).toHaveLength(2);
    expect(segs[1].continuation).toBe(true);
  });
  it("does not carry an unclosed quotation into a paragraph of narrative", () => {
    const text = "“We will stay here.\n\nThe council met on Monday.";
    const segs = findQuoteSegments(text, paragraphsOf(text));
    expect(segs).toHaveLength(1);
    expect(segs[0].continuation).toBe(false);
  });
});

describe("direct quotes", () => {
  it("attributes a quote to the source after it, with the quote marks in the content", () => {
    const q = one("“The bridge will reopen in May,” the mayor said.");
    expect(q.text).toBe("“The bridge will reopen in May,”");
    expect(q.direct).toBe(true);
    expect(q.cue?.text).toBe("said");
    expect(q.source?.text).toBe("the mayor");
  });
  it("leaves out one or two quoted lower-case words with no cue: they are mentioned, not said", () => {
    expect(said("The paper ran a long story about the “reporter,” who had left town in May.").quotes).toEqual([]);
    // (with someone in the sentence too, and in the two-apostrophe quotation marks of some papers)
    expect(said("The senator warned of a “fiscal cliff” in his remarks on Tuesday night.").quotes.map((q) => q.text)).not.toContain("“fiscal cliff”");
    expect(said("Mr. Cruz built his campaign on ''religious liberty'' in the last days before the caucuses.").quotes).toEqual([]);
    // (but two words a full stop closes are a sentence's end, as what someone said is)
    expect(said("The governor ended the rally with a plea to “sign up.”").quotes.map((q) => q.text)).toContain("“sign up.”");
    expect(said("The governor ended the rally with a plea to “sign up”, and left.").quotes).toEqual([]);
    // (a quoted phrase with someone in the sentence stays, and a single word with a cue of its own)
    expect(said("Thousands of supporters marched to “take our fight” to the convention in July.").quotes.map((q) => q.text)).toContain("“take our fight”");
    expect(byCue("Trump called the proposal “ridiculous.”", "called")?.text).toBe("the proposal “ridiculous.”");
  });
  it("reads a cue the tagger made a noun as the verb after a quotation and its speaker: '“…,” Viguerie notes.'", () => {
    const q = one("“He can win big,” Viguerie notes.");
    expect(q.cue?.text).toBe("notes");
    expect(q.source?.text).toBe("Viguerie");
    // (not a noun going on into a clause of its own: '“…,” his notes read.')
    expect(said("“He can win big,” his notes read.").quotes.map((x) => x.cue?.text)).not.toContain("notes");
  });
  it("closes a party label's parenthesis it opens in the source: 'said Rep. Bobby Scott (D-Va.) at the time'", () => {
    expect(sourceOf("“It is not new,” said Rep. Bobby Scott (D-Va.) at the time.")).toBe("Rep. Bobby Scott (D-Va.)");
    expect(sourceOf("“It is not new,” said Howard Dean (D), a Clinton supporter.")).toBe("Howard Dean (D)");
    // (before the cue the label stays out, as before)
    expect(sourceOf("Sen. Chris Murphy (D-Conn.) said the vote failed.")).toBe("Sen. Chris Murphy");
  });
  it("takes an inverted source: said Name, role", () => {
    const q = one("“Prices will fall next year,” said Anna Kowalski, an economist at the bank.");
    expect(q.source?.text).toBe("Anna Kowalski");
    expect(q.speaker).toBe("Anna Kowalski");
  });
  it("takes a source before the cue and the quote after it", () => {
    const q = one("The minister told reporters: “We have no plans to raise taxes.”");
    expect(q.text).toBe("“We have no plans to raise taxes.”");
    expect(q.source?.text).toBe("The minister");
  });
  it("keeps a quotation interrupted by its cue as one quote with two parts", () => {
    const q = one("“We are ready,” the general said, “and we will act.”");
    expect(q.parts?.map((p) => p.text)).toEqual(["“We are ready,”", "“and we will act.”"]);
  });
  it("keeps a quotation continued after its cue sentence as one quote", () => {
    const q = one("“We are ready,” the general said. “We will act soon.”");
    expect(q.text.endsWith("“We will act soon.”")).toBe(true);
    expect(q.speaker).toBe("general");
  });
  it("continues a speaker's quotation into a following paragraph that is all quotation", () => {
    const out = said("“The harvest was poor,” said Tomas Berg, a farmer in the valley.\n\n“We will need help before winter.”");
    expect(out.quotes).toHaveLength(1);
    expect(out.quotes[0].parts).toHaveLength(2);
    expect(out.quotes[0].speaker).toBe("Tomas Berg");
  });
  it("keeps square-bracketed insertions inside the quote", () => {
    const q = one("“They [the rebels] will not stop,” the commander said.");
    expect(q.text).toContain("[the rebels]");
  });
  it("reads wire-style two-apostrophe quotation marks", () => {
    const q = one("''We are not going anywhere,'' Mr. Alvarez said.");
    expect(q.source?.text).toBe("Mr. Alvarez");
    expect(q.speaker).toBe("Alvarez");
  });
  it("takes any verb next to a quotation as its cue", () => {
    const q = one("“Not again!” the referee exclaimed.");
    expect(q.cue?.text).toBe("exclaimed");
    expect(q.source?.text).toBe("the referee");
  });
  it("does not report a quoted title as a quotation", () => {
    expect(said("She appeared on “Good Morning America” on Monday.").quotes).toHaveLength(0);
  });
});

describe("mixed and reported speech", () => {
  it("keeps a partial quotation inside the reported clause", () => {
    const q = one("The senator called the plan a “dangerous gamble” on Tuesday.");
    expect(q.cue?.text).toBe("called");
    expect(q.source?.text).toBe("The senator");
    expect(q.text).toContain("“dangerous gamble”");
    expect(q.direct).toBe(true);
  });
  it("takes the clause after said (that)", () => {
    const q = one("The company said that profits had doubled.");
    expect(q.text.startsWith("that profits had doubled")).toBe(true);
    expect(q.direct).toBe(false);
    expect(q.source?.text).toBe("The company");
  });
  it("takes the clause after claimed that, with a titled name", () => {
    const q = one("On Monday, Ghana's finance minister Kofi Mensah claimed that the deficit had shrunk.");
    expect(q.text.startsWith("that the deficit had shrunk")).toBe(true);
    expect(q.speaker).toBe("Kofi Mensah");
  });
  it("takes the clause before a final cue", () => {
    const q = one("The port has no room for more ships, officials said on Friday.");
    expect(q.text).toBe("The port has no room for more ships");
    expect(q.source?.text).toBe("officials");
  });
  it("an opening phrase whose only verb is a participle with its agent is not what was said: 'In a video uncovered by Fox News, a diplomat said…'", () => {
    const q = byCue("In a 2013 video uncovered by Fox News, a veteran diplomat said the former secretary put speed over security.")!;
    expect(q.text).toBe("the former secretary put speed over security.");
    expect(q.source?.text).toBe("a veteran diplomat");
  });
  it("takes a clause whose plural subject has a prepositional phrase after it: '84 percent of Latino voters in Florida have…, the poll found'", () => {
    const q = byCue("Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found.", "found");
    expect(q?.text).toBe("Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump");
    expect(q?.source?.text).toBe("the poll");
  });
  it("takes a clause whose verb the tagger calls an infinitive: 'Voters have more power, Goff said.'", () => {
    const q = one("Voters have more power over what they read, Goff said.");
    expect(q.text).toBe("Voters have more power over what they read");
    expect(q.source?.text).toBe("Goff");
    // (but not an opening phrase whose verb sits in a clause of its own)
    expect(byCue("In a sign of how his opponents tread carefully, Rubio declined to attack him.", "declined")?.text).not.toContain("opponents");
  });
  it("finds that verb after an opening phrase and its comma, and past an adverb: 'To win, candidates probably need…, analysts say.'", () => {
    const q = one("To win the White House, candidates probably need 40 percent of the Hispanic vote, political analysts say.");
    expect(q.text).toBe("To win the White House, candidates probably need 40 percent of the Hispanic vote");
    expect(q.source?.text).toBe("political analysts");
    expect(one("In 2016, voters have more power, Goff said.").source?.text).toBe("Goff");
  });
  it("leaves out the day it was said: 'Boeing said on Wednesday it would cut…'; not a day's possessive: 'said Thursday's speeches…'", () => {
    expect(one("Boeing said on Wednesday it would cut 10% of its workforce.").text).toBe("it would cut 10% of its workforce.");
    expect(one("The senator said Thursday's speeches had changed her mind.").text).toBe("Thursday's speeches had changed her mind.");
  });
  it("and before an infinitive, whatever the tagger made of its verb: 'sought on Wednesday to ease…'", () => {
    expect(one("President Barack Obama sought on Wednesday to ease growing Asian worries about the campaign.").text).toBe("to ease growing Asian worries about the campaign.");
  });
  it("ends the hearer at a preposition the tagger misread ('warned China against…') and takes 'either' as a noun phrase's start", () => {
    expect(byCue("But he also warned China against provocative behavior in the South China Sea.", "warned")?.text).toBe("against provocative behavior in the South China Sea.");
    expect(byCue("I can support either one of them.", "support")?.text).toBe("either one of them.");
  });
  it("handles according to before and after the content", () => {
    const a = one("According to the ministry, 300 families have left the town.");
    expect(a.source?.text).toBe("the ministry");
    expect(a.text.startsWith("300 families")).toBe(true);
    const b = one("300 families have left the town, according to the ministry.");
    expect(b.source?.text).toBe("the ministry");
    expect(b.text.startsWith("300 families")).toBe(true);
  });
  it("finds a participle cue and skips its hearer", () => {
    const out = said("The strike spread quickly, with union leaders telling local radio the talks had failed.");
    const q = out.quotes.find((x) => x.cue?.text === "telling");
    expect(q?.source?.text).toBe("union leaders");
    expect(q?.text.startsWith("the talks had failed")).toBe(true);
  });
  it("reads a participle after a comma and a short phrase of time as the clause's: ', at one point calling…'; not after 'with'", () => {
    expect(sourceOf("He has battled the mayor over the budget, at one point calling him a liar.", "calling")).toBe("He");
    expect(sourceOf("Trump leads the field, with 42% preferring him.", "preferring")).toBe("42%");
  });
  it("gives a participle after a second clause joined by 'and' that clause's subject: '…charged the officer and Emanuel fired his chief, acknowledging…'", () => {
    expect(sourceOf("Prosecutors charged the officer with murder and Emanuel fired his police chief, acknowledging that the city distrusted the police.", "acknowledging")).toBe("Emanuel");
  });
  it("gives a participle after a comma the subject of its clause", () => {
    const out = said("The mayor closed the bridge, saying it was unsafe.");
    const q = out.quotes.find((x) => x.cue?.text === "saying");
    expect(q?.source?.text).toBe("The mayor");
    expect(q?.text.startsWith("it was unsafe")).toBe(true);
  });
  it("takes a cue in a parenthesis: the content around it", () => {
    const q = one("The economy, he said, is stronger than it looks.");
    expect(q.parts?.map((p) => p.text)).toEqual(["The economy", "is stronger than it looks."]);
  });
  it("takes the cue in a parenthesis over a verb of belief or an adverb before it: 'He hoped, he said, that…', 'Rather, he said, …'", () => {
    const q = byCue("He hoped, he said, that the paper would stay away.");
    expect([q?.source?.text, q?.parts?.map((p) => p.text)]).toEqual(["he", ["He hoped", "that the paper would stay away."]]);
    expect(byCue("Rather, he said, continued struggles by the campaign will coalesce support.")?.parts?.map((p) => p.text))
      .toEqual(["Rather", "continued struggles by the campaign will coalesce support."]);
    // (not a participle or a second clause after the cue's comma: what was said came before)
    expect(byCue("The plan will fail, he said, adding that nobody wanted it.")?.text).toBe("The plan will fail");
  });
  it("ends a participle aside after the subject at the main verb: 'Salceda, citing data from…, said that…'", () => {
    const out = said("Salceda, citing data from the State Department, said that about 4 million people live in the United States.");
    expect(out.quotes.map((q) => [q.cue?.text, q.source?.text, q.text])).toEqual([
      ["citing", "Salceda", "data from the State Department"],
      ["said", "Salceda", "that about 4 million people live in the United States."],
    ]);
    // (an aside that only says where someone wrote reports nothing)
    expect(said("Nate Cohn, writing in The New York Times, noticed that poor voters have been shifting toward Sanders.").quotes.map((q) => q.cue?.text)).not.toContain("writing");
  });
  it("reads a plural subject and its bare verb standing in commas as a parenthesis: 'Ryan's endorsement, many think, is…'", () => {
    const q = byCue("Ryan’s endorsement of Trump, many think, is only a matter of time.", "think");
    expect([q?.source?.text, q?.parts?.map((p) => p.text)]).toEqual(["many", ["Ryan’s endorsement of Trump", "is only a matter of time."]]);
  });
  it("reads a headline Name: claim", () => {
    const q = one("Moreno: Rail Strike ‘Will Cost Millions’");
    expect(q.source?.text).toBe("Moreno");
    expect(q.cue?.text).toBe(":");
  });
});

describe("cues of belief, intent and evidence", () => {
  it("catches believe, want to and evidence with a subject that reports", () => {
    expect(one("Many economists believe the recession is over.").cue?.text).toBe("believe");
    expect(one("The unions want to reopen the talks.").text.startsWith("to reopen the talks")).toBe(true);
    expect(one("New polls show the challenger leading by five points.").source?.text).toBe("New polls");
  });
  it("does not take an ambiguous verb as a cue without a clause of what was said", () => {
    expect(said("The film shows a city at night.").quotes).toHaveLength(0);
    expect(said("She found her keys under the sofa.").quotes).toHaveLength(0);
  });
  it("does not take a noun that looks like a cue", () => {
    expect(said("The reports from the front were grim.").quotes).toHaveLength(0);
  });
  it("takes verbs of saying beyond 'said': slammed, railed against, offered, pleaded", () => {
    expect(one("The governor slammed the decision as reckless.").cue?.text).toBe("slammed");
    expect(one("The senator railed against the trade deal for an hour.").cue?.text).toBe("railed against");
    expect(one("The mayor offered that the city could pay for half.").source?.text).toBe("The mayor");
    expect(one("The governor bemoaned the cost of the new stadium.").cue?.text).toBe("bemoaned");
    expect(one("The senator likened the plan to a tax on the poor.").source?.text).toBe("The senator");
  });
  it("gives a passive participle after a noun no source: 'a contractor accused of spying', 'is not expected to'", () => {
    expect(one("Cuba released an American contractor accused of spying.").source).toBeNull();
    expect(one("The governor is not expected to sign the bill.").source).toBeNull();
    expect(one("Trump called Clinton a liar.").source?.text).toBe("Trump");
    expect(one("The senator accused the mayor of lying.").source?.text).toBe("The senator");
  });
  it("does not read a passive across a quotation's end: '“…even though he is,” said Smith'", () => {
    const q = byCue("“I do not think he can win, even though he is,” said Jane Smith, a consultant.", "said")!;
    expect(q.source?.text).toBe("Jane Smith");
    expect(q.text).toBe("“I do not think he can win, even though he is,”");
  });
  it("keeps a hyphenated name whole in the source: 'Anne-Marie Slaughter wrote'", () => {
    const q = one("“I have never been prouder of having worked for you,” former director Anne-Marie Slaughter wrote to Clinton in an email.");
    expect(q.source?.text).toBe("former director Anne-Marie Slaughter");
  });
  it("gives a quotation after a sentence that ends in its cue to that sentence's subject: 'Jane Doe agreed. “…”'", () => {
    const { quotes } = said("“It is over,” said John Roe, an editor. Jane Doe of Iowa State University agreed. “Republicans are running out of time.”");
    const q = quotes.find((x) => x.text.startsWith("“Republicans"))!;
    expect(q.cue?.text).toBe("agreed");
    expect(q.speaker).toBe("Jane Doe");
  });
  it("does not give a quotation to a cue ending a relative clause: '…the establishment he rails against. “…”'", () => {
    const { quotes } = said("Voters booed the establishment he rails against. “They are booing because I do not want their money,” the senator said.");
    const q = quotes.find((x) => x.text.startsWith("“They"))!;
    expect(q.cue?.text).toBe("said");
    expect(q.source?.text).toBe("the senator");
  });
  it("takes 'by saying' as a participle of the clause's verb: 'The mayor ended the meeting by saying that…'", () => {
    const q = byCue("The mayor ended the meeting by saying that the city would appeal.", "saying")!;
    expect(q.source?.text).toBe("The mayor");
  });
  it("gives a gerund after 'from/of/and' + noun that noun: 'money comes from groups supporting the senator'", () => {
    const q = byCue("Most of the money comes from groups supporting the senator.", "supporting")!;
    expect(q.source?.text).toBe("groups");
  });
  it("gives a noun cue after 'his' the clause's subject when they agree: 'He stepped up his attacks on…'", () => {
    expect(one("The senator stepped up his attacks on the governor.").source?.text).toBe("The senator");
    expect(one("Jane Doe stepped up her criticism of the plan.").source?.text).toBe("Jane Doe");
  });
  it("keeps 'his' as the holder when the subject cannot be him: 'Jane Doe praised his criticism of…'", () => {
    expect(one("Jane Doe welcomed his criticism of the plan.").source?.text).toBe("his");
  });
  it("gives a quotation after a sentence ending in a colon that sentence's subject", () => {
    const out = said("The debate went badly. Then the senator turned on the moderators:\n\n“The questions asked tonight show why people do not trust the media.”");
    const q = out.quotes.find((x) => x.text.startsWith("“The questions"))!;
    expect(q.source?.text).toBe("the senator");
  });
  it("gives a quotation standing alone after another's attribution the same speaker, with the mention listed once", () => {
    const out = said("Jane Doe notes that Cruz is the best debater in the field.\n\n“Not only can he win in November, he is the one with the best chance of winning.”\n\nThe race goes on.");
    const q = out.quotes.find((x) => x.text.startsWith("“Not only"))!;
    expect(q.speaker).toBe("Jane Doe");
    const jane = out.speakers.find((sp) => sp.name === "Jane Doe")!;
    expect(jane.mentions.filter((m) => m.text === "Jane Doe")).toHaveLength(1);
  });
  it("does not carry a speaker over to a quotation two paragraphs on", () => {
    const out = said("Jane Doe notes that Cruz is the best debater in the field.\n\nThe race goes on in Iowa.\n\nVoters are tired.\n\n“Not only can he win in November, he is the one with the best chance of winning.”");
    const q = out.quotes.find((x) => x.text.startsWith("“Not only"));
    expect(q?.speaker ?? null).toBeNull();
  });
  it("takes what was mentioned, repeated or echoed as said, without a 'that'", () => {
    expect(one("The senator never mentioned her opponent by name.").cue?.text).toBe("mentioned");
    expect(byCue("The governor repeated his call for lower taxes.", "repeated")?.source?.text).toBe("The governor");
  });
  it("gives a verb after 'but' or 'and' the clause's lead subject, and ends the first content there", () => {
    const out = said("The spokesman refused to answer questions about the visit but said there was no meeting planned.");
    expect(out.quotes.find((x) => x.cue?.text === "said")?.source?.text).toBe("The spokesman");
    const both = said("He did not mention his opponents by name but did note that he had won the most states.");
    expect(both.quotes.find((x) => x.cue?.text === "mention")?.text).toBe("his opponents by name");
    expect(both.quotes.find((x) => x.cue?.text === "note")?.source?.text).toBe("He");
  });
  it("does not take a subordinate clause's subject as the lead: 'When the senator arrived, he … and said'", () => {
    const q = byCue("When the senator arrived, he greeted the crowd and said that the race was close.", "said")!;
    expect(q.source?.text).toBe("he");
  });
  it("does not take a clause's subject after the cue for an inverted source: '…, says her biggest concern is…'", () => {
    const q = byCue("Jane Doe, 29, of Huntsville, Ala., says her biggest concern is the economy.", "says");
    expect(q?.source?.text).not.toBe("her");
    expect(one("“We will win,” said her spokesman, John Roe.").source?.text).toContain("her");
  });
  it("does not take 'back' or 'votes' as cues when they are an adverb or a noun", () => {
    expect(said("The troops came back to the base on Monday.").quotes).toHaveLength(0);
    expect(said("The senator won 40 votes in the county.").quotes).toHaveLength(0);
  });
  it("never takes the hearer after 'thanked' or 'told' for the source of what comes before", () => {
    const { quotes } = said("Jane Doe, star of the show “Night Shift,” thanked the nurses for their work.");
    for (const q of quotes) expect(q.source?.text).not.toBe("the nurses");
  });
  it("knows the inflected forms of the cue verbs", () => {
    for (const form of ["said", "says", "told", "telling", "added", "claimed", "warned", "insisted", "denied", "wrote", "believed", "slammed", "bragged", "according"].filter((f) => f !== "according")) {
      expect(CUE_FORMS.has(form), form).toBe(true);
    }
    expect(CUE_FORMS.has("table")).toBe(false);
  });
});

describe("sentence-level rules", () => {
  it("ends a cue's content where the same subject's next cue begins", () => {
    const out = said("The senator endorsed the governor on Monday, saying he “will fight for every family.”");
    const endorsed = out.quotes.find((q) => q.cue?.text === "endorsed");
    const saying = out.quotes.find((q) => q.cue?.text === "saying");
    expect(endorsed?.text).toBe("the governor on Monday");
    expect(endorsed?.direct).toBe(false);
    expect(saying?.source?.text).toBe("The senator");
  });
  it("gives a participle the subject of the nearest clause, not its object", () => {
    const out = said("The mayor is making a pitch to local voters saying the new tax is hurting small shops.");
    expect(out.quotes.find((q) => q.cue?.text === "saying")?.source?.text).toBe("The mayor");
  });
  it("reports a belief inside someone's words once, as part of them", () => {
    const out = said("She says she thinks the rally will fade.");
    expect(out.quotes).toHaveLength(1);
    expect(out.quotes[0].cue?.text).toBe("says");
  });
  it("reports a passive with nobody named inside someone's reported words as part of them, not on its own", () => {
    expect(said("The Hill reported that he was accused of breaking debate rules.").quotes.map((q) => q.cue?.text)).toEqual(["reported"]);
    expect(said("He said she was asked about her views.").quotes.map((q) => q.cue?.text)).toEqual(["said"]);
    // (on its own it stays, with no source)
    expect(said("She was told that the rules had changed.").quotes.map((q) => [q.cue?.text, q.source])).toEqual([["told", null]]);
  });
  it("reports what a reported third party should do or supports as part of the report: a bare verb or a noun cue inside it", () => {
    const cues = (t: string) => said(t).quotes.map((q) => q.cue?.text);
    expect(cues("Wasserman Schultz said that the platform should reiterate the party's support for its allies.")).toEqual(["said"]);
    // (a present verb right after its own subject is a statement of its own)
    expect(cues("The senator said voters who say they are undecided will decide the race.")).toEqual(["said", "say"]);
  });
  it("gives a quotation claimed by both a belief and a verb of saying to the saying: 'Candidates who think “…,” she said'", () => {
    const one = (t: string) => said(t).quotes.filter((q) => q.direct).map((q) => [q.cue?.text, q.source?.text]);
    expect(one("Candidates who think “the region does not matter are dangerously wrong,” she said.")).toEqual([["said", "she"]]);
    expect(one("Trump seemed to agree. “We will work together,” he said.")).toEqual([["said", "he"]]);
  });
  it("reads a cue word between a name and 'that' as the verb whatever its tag: 'Mr. Putin forecast that…'; not 'Clinton emails that…'", () => {
    expect(byCue("Mr. Putin forecast that the slumping economy would soon rebound.", "forecast")?.source?.text).toBe("Mr. Putin");
    expect(said("He asked about the deleted Hillary Clinton emails that Trump wanted found.").quotes.map((q) => q.cue?.text)).not.toContain("emails");
  });
  it("takes any verb followed by that and a clause as a cue", () => {
    const q = one("The minister conceded that the budget was late.");
    expect(q.cue?.text).toBe("conceded");
    expect(q.text.startsWith("that the budget was late")).toBe(true);
  });
  it("attributes a clause with reportedly to nobody", () => {
    const q = one("The company is reportedly considering a sale of its shipping unit.");
    expect(q.cue?.text).toBe("reportedly");
    expect(q.source).toBeNull();
  });
  it("keeps a relative clause after an inverted source out of the content", () => {
    const q = one("“We have a plan,” said Lena Ortiz, who runs the shelter. “And we have the money.”");
    expect(q.source?.text).toBe("Lena Ortiz");
    expect(q.parts?.map((p) => p.text)).toEqual(["“We have a plan,”", "“And we have the money.”"]);
  });
  it("prefers the quotation before the cue to a wh-clause after it", () => {
    // (the question is an attribution of its own, asked's: see "a trailing 'when asked' question")
    const { quotes } = said("“Absolutely,” she said when asked whether the plan would survive.");
    expect(quotes.find((x) => x.cue?.text === "said")?.text).toBe("“Absolutely,”");
    expect(quotes.map((x) => x.cue?.text).sort()).toEqual(["asked", "said"]);
  });
  it("does not take an adverbial clause before the cue as what was said", () => {
    const q = one("As he shook hands, the senator reiterated his pledge.");
    expect(q.text.startsWith("his pledge")).toBe(true);
  });
  it("does not read markup attribute values as quotations", () => {
    expect(said('<blockquote author="@someone" datetime="2016-06-29">Hello there</blockquote>').quotes).toHaveLength(0);
  });
});

describe("sources and passives", () => {
  it("reads a passive with its agent past 'first': 'The meeting was first reported by Politico'", () => {
    const q = said("The meeting was first reported by Politico.").quotes;
    expect(q.map((x) => [x.cue?.text, x.source?.text, x.text])).toEqual([["was first reported by", "Politico", "The meeting"]]);
  });
  it("takes 'agree with' and 'agree on' as cues, but no hearer after 'agreed to' ('agreed to a settlement with…')", () => {
    expect(byCue("Former President Bill Clinton agreed with the analysis.", "agreed with")?.text).toBe("the analysis.");
    expect(byCue("The two camps also agreed on creating a commission.", "agreed on")?.source?.text).toBe("The two camps");
    expect(said("The company agreed to a settlement with the state on Monday.").quotes.map((x) => x.cue?.text)).not.toContain("agreed to a settlement with");
  });
  it("reads a judgement nobody in particular makes as an attribution with no source: 'is seen as', 'is known for', 'known as'", () => {
    const q = byCue("Rubio is widely seen as the candidate with the best chance to win.", "is widely seen as");
    expect([q?.source, q?.text]).toEqual([null, "Rubio is widely seen as the candidate with the best chance to win."]);
    expect(byCue("The DNC, which is seen as aligned with Clinton, responded.", "is seen as")?.text).toBe("which is seen as aligned with Clinton");
    expect(byCue("Clinton is seen as weak, while her rival has soared in the polls.", "is seen as")?.text).toBe("Clinton is seen as weak");
    expect(byCue("Clinton won the string of contests known as Super Tuesday.", "known as")?.text).toBe("contests known as Super Tuesday");
    // (not a passive after a modal or "to": "will be considered", "loath to be seen as")
    expect(said("North Carolina will also be considered a key battleground state.").quotes).toEqual([]);
  });
  it("gives a passive cue no source", () => {
    const q = one("It is widely believed that the vote was rigged.");
    expect(q.source).toBeNull();
  });
  it("a passive with its agent: the subject is what the agent said or did ('Clinton's position was supported Friday by Sen. Feinstein')", () => {
    const q = one("Clinton's position was supported Friday by Sen. Dianne Feinstein of California.");
    expect(q.text).toBe("Clinton's position");
    expect(q.cue?.text).toBe("was supported Friday by");
    expect(q.source?.text).toBe("Sen. Dianne Feinstein of California");
    expect(one("Trump has been criticized by some of his rivals for failing to spend time in the state.").source?.text).toBe("some of his rivals");
  });
  it("but a clause or a question after the agent is what was said: 'He was asked by reporters whether he would run'", () => {
    const q = one("He was asked by reporters whether he would run.");
    expect(q.text).toBe("whether he would run.");
    expect(q.source?.text).toBe("reporters");
  });
  it("takes the name before a relative clause, not the noun inside it", () => {
    const q = one("“We need more doctors,” Dr Amara Diallo, who runs the clinic, told the BBC.");
    expect(q.source?.text).toBe("Dr Amara Diallo");
    expect(q.speaker).toBe("Amara Diallo");
  });
  it("takes the name before a relative clause with more than one verb in it: 'X, an expert who has helped investigate…, said'", () => {
    expect(sourceOf("Jane Roe, a security expert who has helped investigate some of the breaches uncovered to date, said he did not see any evidence.")).toBe("Jane Roe");
    expect(sourceOf("Grayson, a Democrat who was first elected in 2008 and has served since, criticized his opponents for their record.", "criticized")).toBe("Grayson");
    // (a verb with no relative pronoun before it still ends the walk: the clause is not an apposition)
    expect(sourceOf("The mayor said the budget, which the council passed, was fine.")).toBe("The mayor");
  });
  it("takes the noun before a relative clause that ends in its verb: 'The state officials whose laws have been invalidated say'", () => {
    expect(sourceOf("The state officials whose laws have been invalidated say the real change has come from the courts.", "say")).toBe("The state officials");
    // (not "that", which may open what a noun says)
    expect(said("The claim that jobs were lost hope to win votes.").quotes.map((q) => q.source?.text)).not.toContain("The claim");
  });
  it("does not take a name inside an opening phrase for the subject before an apposition: 'After winning in Iowa, Clinton, the nominee, was…'", () => {
    expect(sourceOf("After winning only narrowly in Iowa, Clinton, the once-presumptive nominee, was bracing for defeat and hoping to keep the damage small.", "hoping")).toBe("Clinton");
    // (a subordinate clause's own subject stays: "While many trial lawyers, including big donors, opposed…")
    expect(sourceOf("While many trial lawyers, including big donors, fiercely opposed those decisions, the base has shown little interest.", "opposed")).toBe("many trial lawyers");
  });
  it("takes the name before an age and an apposition: 'Jane Doe, 60, a doctor, said'", () => {
    const q = byCue("Jane Doe, 60, a doctor, said she was elated.");
    expect([q?.source?.text, q?.speaker]).toEqual(["Jane Doe, 60, a doctor", "Jane Doe"]);
  });
  // the subject of a cue past what stands between them (each case failed on the code before its rule)
  it.each([
    ["“She made a bad decision,” the editorial said.", "said", "the editorial"],
    ["The editorial said she made a bad decision.", "said", "The editorial"],
    ["Sanders, meanwhile, who sits at zero endorsements, said that fact speaks volumes.", "said", "Sanders"],
    ["Powell’s office, when contacted by Reuters, said the former diplomat could not recall the conversation.", "said", "Powell’s office"],
    ["Trump in his announcement speech called the migrants “rapists.”", "called", "Trump"],
    ["Sen. Roy Blunt (R-Mo.), facing a stiff reelection challenge from Jason Kander, noted that the manager is from the state.", "noted", "Sen. Roy Blunt"],
    ["Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he wants to win.", "says", "Sen. Chris Murphy"],
    ["“It is about convincing audiences,” he and Mr. Allen said.", "said", "he and Mr. Allen"],
    ["“The committee stood up to the scrutiny,” a spokesman for committee Democrats said.", "said", "a spokesman for committee Democrats"],
    ["Mrs. Clinton has since said she would support a wage increase.", "said", "Mrs. Clinton"],
    ["Sen. Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of the email chain.", "said", "Sen. Dianne Feinstein"],
    ["The heads of both lobbying firms told AP they concluded there was no obligation.", "told", "The heads of both lobbying firms"],
    ["Reince Priebus, the GOP chairman, this past week announced the creation of a website.", "announced", "Reince Priebus, the GOP chairman"],
    ["The State Department less than two weeks ago said for the first time that the emails held secrets.", "said", "The State Department"],
    ["The department a week ago said that it would close the office.", "said", "The department"],
    ["Sen. Jane Doe, facing a stiff challenge in Iowa, a swing state, said she would welcome him.", "said", "Sen. Jane Doe"],
    ["Trump, speaking later at a rally in Charleston, West Virginia, did not mention Ryan in his speech.", "mention", "Trump"],
    ["South Korea's spy agency, the NIS, said the troops had arrived.", "said", "South Korea's spy agency, the NIS"],
    ["In some ways his campaign hopes to begin winning women's support.", "hopes", "his campaign"],
    ["Neil Sroka, director of Democracy for America, or DFA - which was founded by Howard Dean - said Sanders has options.", "said", "Neil Sroka, director of Democracy for America, or DFA"],
    ["Jason Sims — a teacher from Ohio — says he will vote.", "says", "Jason Sims"],
  ])("finds the subject of '%s' (cue %s): %s", (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
  it("resolves a relative pronoun source to the noun before it", () => {
    const out = said("The figures came from a senior official in the ministry, who told reporters that exports had fallen.");
    const q = out.quotes.find((x) => x.cue?.text === "told");
    expect(q?.source?.text).toBe("who");
    expect(q?.speaker).toBe("a senior official in the ministry");
    expect(out.speakers[q!.speakerIndex!].kind).toBe("anonymous");
  });
  it("does not take a date as a speaker", () => {
    const out = said("In August, prices rose sharply, officials said.");
    expect(out.speakers.map((s) => s.name)).not.toContain("August");
  });
});

describe("resolution", () => {
  it("resolves a surname and a titled surname to the full name", () => {
    const out = said("Defence chief Marek Nowak said the army was ready. Gen Nowak told reporters that the drills would go on. Nowak added that allies had been told.");
    expect(out.speakers.filter((s) => s.kind === "person")).toHaveLength(1);
    const s = out.speakers[0];
    expect(s.name).toBe("Marek Nowak");
    expect(s.quotes).toHaveLength(3);
    expect(s.title).toBe("Defence chief");
  });
  it("resolves he and she to the nearest person of that gender", () => {
    const out = said("Maria Lopez met John Smith in Lisbon. She said the deal was close. He said that nothing was signed.");
    expect(speakerOf(out, "the deal was close")).toBe("Maria Lopez");
    expect(speakerOf(out, "nothing was signed")).toBe("John Smith");
  });
  it("resolves it to the nearest organisation, not a person", () => {
    const out = said("The ministry said the border was closed. Its spokesman Ivan Petrov was not available. Trade will resume next week, it said.");
    expect(speakerOf(out, "Trade will resume")).toBe(speakerOf(out, "the border was closed"));
  });
  it("joins an organisation's acronym, its name and an apposition", () => {
    const out = said(
      "A report from the National Statistics Office (NSO) was published on Monday. The country's statistics agency, the NSO, said inflation had slowed. The NSO said wages rose. Prices will stabilise, the statistics agency said.",
    );
    const orgs = out.speakers.filter((s) => s.kind === "organisation");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].name).toBe("National Statistics Office");
    expect(orgs[0].quotes).toHaveLength(3);
  });
  it("keeps two people who share a surname apart", () => {
    const out = said("Hillary Clinton said the plan would pass. Bill Clinton said that he agreed.");
    expect(new Set(out.quotes.map((q) => q.speaker))).toEqual(new Set(["Hillary Clinton", "Bill Clinton"]));
  });
  it("keeps two different people apart", () => {
    const out = said("Anna Berg said the plan would work. Erik Holm said that it would fail.");
    expect(new Set(out.quotes.map((q) => q.speaker))).toEqual(new Set(["Anna Berg", "Erik Holm"]));
  });
  it("names an organisation with 'of' in full: 'the Bank of England', 'the University of Michigan'; not 'John Smith of Boston'", () => {
    const out = said("The Bank of England said rates would rise. The University of Michigan said it would wait. John Smith of Boston said no.");
    expect(out.quotes.map((q) => q.speaker)).toEqual(["Bank of England", "University of Michigan", "John Smith"]);
  });
  it("leaves a parenthesis out of a name and reads the apposition after it: 'Sen. Rob Portman (R-Ohio), another incumbent, said'", () => {
    const q = one("Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about it.");
    expect(q.source?.text).toBe("Sen. Rob Portman (R-Ohio), another vulnerable incumbent");
    expect(q.speaker).toBe("Rob Portman");
  });
  it("resolves a surname alone the tagger did not read as a name, once the full name was given: 'Olaf Scholz… Scholz was cautious. “…,” he told…'", () => {
    const out = said("Pedro Sanchez met the chancellor, Olaf Scholz, on Tuesday. He said the talks went well. Scholz was more cautious. “We have not agreed,” he told reporters.");
    expect(speakerOf(out, "the talks went well")).toBe("Pedro Sanchez");
    expect(speakerOf(out, "We have not agreed")).toBe("Olaf Scholz");
  });
  it("keeps a plural possessive in its phrase and makes a group of it: 'Farmers' unions… said… They warned…'", () => {
    const out = said("The Commission said it welcomed the talks. Farmers' unions, which have staged protests, said they were not consulted. They warned that checks would slow exports.");
    expect(sourceOf("Farmers' unions, which have staged protests, said they were not consulted.")).toBe("Farmers' unions");
    expect(speakerOf(out, "checks would slow exports")).toBe("Farmers' unions");
  });
  it("takes the name in apposition to a phrase that names no one: 'One of them, Ron Epstein of Bank of America, said'", () => {
    const out = said("Analysts said the cuts were overdue. One of them, Ron Epstein of Bank of America, said investors would welcome the move.");
    expect(speakerOf(out, "investors would welcome")).toBe("Ron Epstein");
    // (not an aside that is no apposition: "The company, led by Tim Cook, said")
    expect(sourceOf("The company, led by Tim Cook, said sales rose.")).toBe("The company");
  });
  it("names a party or a committee in full: 'the Democratic Party', not 'Party'", () => {
    const out = said("The Democratic National Committee said it would meet in Chicago. The party said the city was ready.");
    expect(out.quotes.map((q) => q.speaker)).toEqual(["Democratic National Committee", "Democratic National Committee"]);
    expect(out.speakers[0].title).toBeNull();
  });
  it("gives an abbreviated title's holder a description with the title written out: 'Sen. Doe' … 'the Ohio senator'", () => {
    const out = said("Republican Sen. Mark Doe criticised the plan. “It is a poor decision,” the Ohio senator told reporters.");
    expect(speakerOf(out, "poor decision")).toBe("Mark Doe");
    expect(out.speakers[0].title).toBe("Republican Sen.");
  });
  it("but not across nationalities: 'the Russian president' is not 'French President Emmanuel Macron'", () => {
    const out = said("French President Emmanuel Macron said talks would go on. The Russian president said they had failed. The French president said no.");
    expect(speakerOf(out, "they had failed")).toBe("Russian president");
    expect(speakerByCue(out, "said")).toBe("Emmanuel Macron");
    expect(speakerOf(out, "no.")).toBe("Emmanuel Macron");
  });
  it("resolves an epithet to the organisation last named: 'Sony said… The Japanese company said…'", () => {
    const out = said("Toyota said sales fell. Sony, however, said profit rose. The Tokyo-based company said demand was strong. The Japanese company said costs rose.");
    expect(speakerOf(out, "demand was strong")).toBe("Sony");
    expect(speakerOf(out, "costs rose")).toBe("Sony");
    // (a description with no nationality or place stays what it says)
    expect(speakerOf(said("Toyota said sales fell. A rival company said profit rose."), "profit rose")).not.toBe("Toyota");
  });
  it("classifies groups and anonymous sources", () => {
    const out = said("Some analysts believe the rally will fade. A source close to the talks said a deal was near.");
    const kinds = Object.fromEntries(out.speakers.map((s) => [s.name, s.kind]));
    expect(kinds["Some analysts"]).toBe("group");
    expect(kinds["A source close to the talks"]).toBe("anonymous");
  });
});

describe("the sample article", () => {
  const text = readFileSync(new URL("../../fixtures/bbc-2024-10-18-north-korean-troops.txt", import.meta.url), "utf8");
  const out = said(text);
  const byName = (name: string) => out.speakers.find((s) => s.name === name);
  it("names every speaker the skeleton issue lists", () => {
    for (const name of ["Volodymyr Zelensky", "Yoon Suk Yeol", "Kyrylo Budanov", "Valeriy Ryabykh", "Yoon’s office", "Kim Jong Un", "National Intelligence Service"]) {
      expect(byName(name), name).toBeDefined();
    }
    const names = out.speakers.map((s) => s.name);
    expect(names.some((n) => /military source/.test(n))).toBe(true);
    expect(names.some((n) => /military experts/.test(n))).toBe(true);
    expect(names.some((n) => /anonymous sources/.test(n))).toBe(true);
    expect(names).not.toContain("August");
    expect(names).not.toContain("North");
  });
  it("puts Budanov's three statements on one speaker", () => {
    const b = byName("Kyrylo Budanov")!;
    expect(b.quotes).toHaveLength(3);
    expect(b.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["Lt Gen Budanov", "He"]));
  });
  it("puts the spy agency's statements, its 'it said' included, on one speaker", () => {
    const nis = byName("National Intelligence Service")!;
    expect(nis.kind).toBe("organisation");
    expect(nis.quotes.length).toBeGreaterThanOrEqual(4);
    expect(nis.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["it", "The NIS"]));
  });
  it("gives Ryabykh the last paragraph's quotation, which has no cue", () => {
    const q = out.quotes[byName("Valeriy Ryabykh")!.quotes[0]];
    expect(q.text).toContain("I would rule out");
  });
  it("gives the titles the article gives", () => {
    expect(byName("Kyrylo Budanov")!.title).toBe("Ukraine’s spy chief");
    expect(byName("Valeriy Ryabykh")!.title).toBe("editor of the Ukrainian publication Defence Express");
    expect(byName("Volodymyr Zelensky")!.title).toBe("Ukrainian President");
    // (not the phrase of time before the title: "Last week, North Korean leader Kim Jong Un…")
    expect(byName("Kim Jong Un")!.title).toBe("North Korean leader");
  });
});

describe("a cue followed by another cue's participle", () => {
  it("'“…,” X said, adding that…': said takes the quotation, adding the that-clause", () => {
    const { quotes } = said("“The plan is working,” the mayor said, adding that crime fell last year.");
    const q = quotes.find((x) => x.cue?.text === "said")!;
    expect(q.text).toBe("“The plan is working,”");
    expect(q.source?.text).toBe("the mayor");
    const a = quotes.find((x) => x.cue?.text === "adding")!;
    expect(a.text).toContain("crime fell last year");
    expect(a.source?.text).toBe("the mayor");
  });
  it("'X said, adding that…' gives said no content of its own", () => {
    const { quotes } = said("The mayor said, adding that crime fell last year.");
    expect(quotes.filter((x) => x.cue?.text === "said")).toHaveLength(0);
    expect(quotes.find((x) => x.cue?.text === "adding")?.text).toContain("crime fell");
  });
  it("a comma before an ordinary complement does not stop the cue", () => {
    const q = one("The mayor said, frankly, that crime fell last year.");
    expect(q.cue?.text).toBe("said");
    expect(q.text).toContain("crime fell");
  });
});

describe("a question opening the sentence", () => {
  it("'Asked whether…,' is a question put by nobody named, up to its comma", () => {
    const { quotes } = said("Asked whether he would run again, the senator said he had not decided.");
    const q = quotes.find((x) => x.cue?.text === "Asked")!;
    expect(q.text).toBe("whether he would run again");
    expect(q.source).toBeNull();
    const s = quotes.find((x) => x.cue?.text === "said")!;
    expect(s.text).toContain("he had not decided");
    expect(s.source?.text).toBe("the senator");
  });
  it("'When asked about…' keeps 'about' in the cue", () => {
    const q = said("When asked about her vote, she declined to comment.").quotes.find((x) => /asked/.test(x.cue?.text ?? ""))!;
    expect(q.cue?.text).toBe("asked about");
    expect(q.text).toBe("her vote");
  });
  it("the question is not what the next cue reports", () => {
    const { quotes } = said("Asked which candidate she would back, the governor declined to answer.");
    expect(quotes.some((x) => x.cue?.text === "declined" && x.text.includes("which candidate"))).toBe(false);
  });
  it("'asked' inside a clause keeps its subject as source", () => {
    const q = said("The reporter asked whether the policy had changed.").quotes[0];
    expect(q.source?.text).toBe("The reporter");
    expect(q.text).toContain("whether the policy had changed");
  });
});

describe("source noun phrases with asides", () => {
  it("skips a parenthesis after the name: 'Sen. Jane Doe (D-MA) said'", () => {
    const q = one("Sen. Jane Doe (D-MA) said the bill was a failure.");
    expect(q.source?.text).toBe("Sen. Jane Doe");
    expect(q.text).toBe("the bill was a failure.");
  });
  it("skips a parenthesis whose abbreviation's full stop sits before the bracket: 'Sen. Jane Doe (D-Mass.) said'", () => {
    const q = one("Sen. Jane Doe (D-Mass.) said Sunday in Boston that the bill was a failure.");
    expect(q.source?.text).toBe("Sen. Jane Doe");
  });
  it("does not take a clause's 'that' for a determiner of the subject: 'rejected the idea that the plan failed and said…'", () => {
    const q = byCue("In an interview, the mayor rejected the idea that the plan had failed and said that the city would go on.", "said")!;
    expect(q.source?.text).toBe("the mayor");
  });
  it("gives a participle after a reported clause the speaker, not the clause's subject", () => {
    const q = byCue("Smith said the new rules are hurting small farms, pointing to a fall in sales.", "pointing to")!;
    expect(q.source?.text).toBe("Smith");
  });
  it("but a cue inside an opening adverbial clause is not the one the main clause's quotation hangs on", () => {
    const out = said("When Trump suggested that Cuba would sue the U.S., Rubio fired back forcefully: “If they sue us in Miami, they’re going to lose.”");
    expect(speakerOf(out, "they’re going to lose")).toBe("Rubio");
    // (without the adverbial opening, the reported clause's verb is still skipped)
    expect(byCue("Smith said the rules are hurting farms, pointing to a fall in sales.", "pointing to")?.source?.text).toBe("Smith");
  });
  it("gives a coordinated verb the nearest clause's subject: '…, who came out and endorsed', '; he helped… and decided'", () => {
    expect(sourceOf("The plan has won over Weaver, who came out and endorsed Clinton during a call.", "endorsed")).toBe("who");
    expect(sourceOf("The victory ushered in a thaw; he helped broker a truce and decided to visit Israel.", "decided")).toBe("he");
    expect(sourceOf("Union leaders have never trusted him, in part because he favors the law and opposes a wage increase.", "opposes")).toBe("he");
  });
  it("but not a clause that only modifies an object, nor one in a dashed aside", () => {
    expect(sourceOf("Her campaign announced support from mothers who have lost children and said the women would campaign.", "said")).toBe("Her campaign");
    expect(sourceOf("Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton.", "endorsed")).toBe("Warren");
    expect(sourceOf("Trump jumped onto his account — as he so often does — and retweeted a quote from a fan.", "retweeted")).toBe("Trump");
  });
  it("gives a verb coordinated inside a closing subordinate clause that clause's subject: 'cheered when Trump spotted a sign and asked…'", () => {
    expect(sourceOf("The crowd cheered when Trump spotted a sign in the crowd and asked it to be fetched for him.", "asked")).toBe("Trump");
    expect(sourceOf("She became a target this year, after some of her followers attacked her skills and even questioned her identity.", "questioned")).toBe("some of her followers");
    // (but not past a comma, nor in a series of the main clause's verbs, nor after "as" the preposition)
    expect(sourceOf("The crowd cheered when Trump arrived, and then said it was time to go.", "said")).toBe("The crowd");
    expect(sourceOf("He mocked his rivals, talked over them as they answered questions and even assured the crowd that he was fine.", "assured")).toBe("He");
    expect(sourceOf("Spicer promoted Sanders as the winner of the debates and has taunted the campaign for losing.", "taunted")).toBe("Spicer");
  });
  it("reads past a few quoted words inside the clause to its subject: 'lamented the “disheartened” state… and criticized'", () => {
    expect(sourceOf("The mood soured when the senator lamented the “disheartened” state of the race and criticized the rules.", "criticized")).toBe("the senator");
    expect(sourceOf("Mr. Trump has cast Mrs. Clinton as “crooked” and the senator called her a liar.", "called")).toBe("the senator");
  });
  it("ends an object before a subordinate clause with its own subject: 'is backing Clinton because he worries…'", () => {
    expect(byCue("Marvin Teske is backing Hillary Clinton because he worries Sanders would have trouble winning.", "backing")?.text).toBe("Hillary Clinton");
    expect(byCue("The findings underscore the challenge facing the senator even as she enters the final stretch.", "underscore")?.text).toBe("the challenge facing the senator");
    // (but not a clause that was said, nor "as" before a noun)
    expect(byCue("Trump said he would win because voters love him.", "said")?.text).toBe("he would win because voters love him.");
    expect(byCue("Heer sees the piece as a return to the magazine's founding conservatism.", "sees")?.text).toBe("the piece as a return to the magazine's founding conservatism.");
  });
  it("ends what was said at ', and' before a noun phrase with a verb of its own: 'has not endorsed anyone, and his spokesman declined…'", () => {
    expect(byCue("Adelson has not endorsed anyone in the race, and his spokesman declined to comment.", "endorsed")?.text).toBe("anyone in the race");
    expect(byCue("Sanders called on the administration to block the deal, but Democrats were not the only ones worried.", "called on")?.text).toBe("the administration to block the deal");
    expect(byCue("Jones said the policy changes were an improvement, and the senator left the room.", "said")?.text).toBe("the policy changes were an improvement");
    expect(byCue("Dayton is backing Hillary Clinton, but he’s not predicting she’ll win the caucuses.", "backing")?.text).toBe("Hillary Clinton");
    expect(byCue("Smith said he wanted his vote to mean something; the party machine ignored him.")?.text).toBe("he wanted his vote to mean something");
    expect(byCue("Clinton said she would win easily — a prediction that proved wrong.")?.text).toBe("she would win easily");
    // (a dashed aside inside what was said stays: it closes with a second dash)
    expect(byCue("Clinton said the plan — a costly one — would pass.")?.text).toBe("the plan — a costly one — would pass.");
    expect(byCue("He said the tax would “undermine their rights.” ___. 10:15 a.m. Trump spoke.")?.text).toBe("the tax would “undermine their rights.”");
    // (without the comma "and" may join two subjects of a reported clause)
    expect(byCue("McCain says the talk about waterboarding and other methods skips over the law.", "says")?.text).toBe("the talk about waterboarding and other methods skips over the law.");
  });
  it("gives a verb coordinated after a reported clause the speaker: 'X said … and called …'", () => {
    const q = byCue("The senator said the bill would cost billions and called it \"a disgrace to the nation\".", "called")!;
    expect(q.source?.text).toBe("The senator");
  });
  it("skips a clause that modifies the subject: 'a source speaking to the BBC said', 'officials who spoke with the Post said'", () => {
    expect(one("A senior source speaking to the BBC said the talks had failed.").source?.text).toBe("A senior source");
    expect(one("Two officials who spoke with the Post said the talks had failed.").source?.text).toBe("Two officials");
    expect(one("Voters interviewed by the paper said the economy mattered most.").source?.text).toBe("Voters");
  });
  it("keeps a preposition's object that is no modifier's: 'Smith in Ohio said'", () => {
    expect(one("Supporters in Ohio said the economy mattered most.").source?.text).toBe("Supporters in Ohio");
  });
  it("takes the name in apposition when the tagger misreads the noun before it", () => {
    const q = one("One superdelegate, state party chairwoman Jane Doe, pledged her vote to the senator.");
    expect(q.source?.text).toContain("Jane Doe");
  });
  it("gives an infinitive cue after a day the clause's subject: 'used his show Friday to discuss'", () => {
    const q = byCue("The host Jane Doe used her show Friday to discuss what she called a scandal.", "discuss")!;
    expect(q.source?.text).toContain("Jane Doe");
  });
  it("takes the name, not the age, before a relative clause: 'Jane Doe, 58, who lives…, says'", () => {
    const q = one("Jane Doe, 58, who lives outside Boston, says she did not vote.");
    expect(q.source?.text).toBe("Jane Doe");
  });
  it("gives a participle after a quotation the clause's subject: '…of “X,” saying…'", () => {
    const q = byCue("The mayor gave a defense of “city values,” saying the city embodied courage.", "saying")!;
    expect(q.source?.text).toBe("The mayor");
    expect(q.text).toBe("the city embodied courage.");
  });
  it("ends the content at an abbreviation's full stop when a new sentence opens: 'the U.S. The…'", () => {
    const { quotes } = said("The senator says the plan failed in the U.S. The governor disagreed with him.");
    const q = quotes.find((x) => x.cue?.text === "says")!;
    expect(q.text).toBe("the plan failed in the U.S.");
  });
  it("keeps an abbreviation inside a name: 'the U.S. Army'", () => {
    expect(one("The general said the U.S. Army would stay.").text).toBe("the U.S. Army would stay.");
  });
});

describe("evidence cues and dashed asides", () => {
  it("'Recent polling shows that…': an evidence noun is the source even when the tagger takes 'shows' for a noun", () => {
    const q = one("Recent polling shows that her rating has fallen.");
    expect(q.cue?.text).toBe("shows");
    expect(q.source?.text).toBe("Recent polling");
  });
  it("'A poll of South Carolina showed X with a lead': evidence named anywhere in the subject", () => {
    const q = one("A new poll of South Carolina showed the governor with a large lead.");
    expect(q.source?.text).toContain("poll");
    expect(q.text).toContain("the governor with a large lead");
  });
  it("'New surveys released Monday showed…', 'A study by the institute found…': the evidence noun heads a longer subject", () => {
    const a = one("New surveys released Monday showed the mayor trailing in three districts.");
    expect(a.source?.text).toBe("New surveys released Monday");
    expect(a.text).toContain("the mayor trailing");
    const b = one("A study by the budget institute found the tax cut would cost far more than promised.");
    expect(b.source?.text).toBe("A study by the budget institute");
    expect(one("Election board records show the senator gave nothing to the campaign.").source?.text).toBe("Election board records");
  });
  it("a person after the evidence noun keeps 'found' from being evidence: 'the official who read the report found…'", () => {
    expect(said("The official who read the report found the hallway empty.").quotes).toHaveLength(0);
    expect(said("The report on the fire showed much damage to the roof and said nothing.").quotes.filter((q) => q.cue?.text === "showed")).toHaveLength(1);
  });
  it("a person's 'showed' without 'that' is no attribution", () => {
    expect(said("The crowd showed much enthusiasm for him.").quotes).toHaveLength(0);
  });
  it("'Jane Doe — a teacher from Ohio — says': the name before the aside", () => {
    const q = one("Jane Doe — a teacher from Ohio — says she made up her mind late.");
    expect(q.source?.text).toBe("Jane Doe");
  });
});

describe("tagger slips in the subject", () => {
  it("'The Clinton campaign said': a noun tagged as a verb before the cue is the head of the source", () => {
    const q = one("The Smith campaign said the report was misleading.");
    expect(q.source?.text).toBe("The Smith campaign");
    expect(q.text).toBe("the report was misleading.");
  });
  it("a verb after a pronoun is no noun: 'Officials said they campaign…' keeps 'Officials' as source", () => {
    const q = byCue("Officials said they campaign in every county.", "said")!;
    expect(q.source?.text).toBe("Officials");
    expect(q.text).toContain("they campaign");
  });
  it("'X seemed to recognize…' / 'appeared to imply that…': the cue after 'to' keeps the subject as source", () => {
    const q = one("She appeared to imply that the rival could not win.");
    expect(q.cue?.text).toBe("appeared to imply");
    expect(q.source?.text).toBe("She");
    expect(q.text).toBe("that the rival could not win.");
  });
  it("'the race seemed to be his to lose' stays an attribution with no source", () => {
    const q = one("The race seemed to be his to lose.");
    expect(q.source).toBeNull();
  });
});

describe("a participle aside between subject and cue", () => {
  it("'Delegate Jane Doe, wearing a shirt covered in buttons, said…': the subject before the aside", () => {
    const q = one("The delegate Jane Doe, wearing a shirt covered in buttons, said she was proud of the campaign.");
    expect(q.source?.text).toBe("The delegate Jane Doe");
    expect(q.text).toBe("she was proud of the campaign.");
  });
  it("'…to the convention, forcing her to…, said X': a noun inside the content is no subject", () => {
    const q = byCue("That would create a long fight leading up to the convention, forcing her to fend off both rivals, said Jane Doe, a pollster.", "said")!;
    expect(q.source?.text).toBe("Jane Doe");
    expect(q.text).toContain("That would create a long fight");
  });
});

describe("a headline on the document's first line", () => {
  it("'Name: claim.' heads the document even with a full stop", () => {
    const { quotes } = said("Smith: Tax plan will hurt families.\n\nThe senator spoke on Tuesday in Ohio.");
    const q = quotes.find((x) => x.cue?.text === ":")!;
    expect(q.source?.text).toBe("Smith");
    expect(q.text).toBe("Tax plan will hurt families.");
  });
  it("a 'Name: sentence.' paragraph later in the text is not taken for a headline", () => {
    const { quotes } = said("The senator spoke on Tuesday in Ohio.\n\nSmith: Tax plan will hurt families.");
    expect(quotes.some((x) => x.cue?.text === ":")).toBe(false);
  });
});

describe("noun cues after a possessive", () => {
  it("'his attacks on…', 'the governor's criticism of…': the holder is the source, the complement the content", () => {
    const a = byCue("His attacks on the local newspaper have cost him votes.", "attacks on")!;
    expect(a.source?.text).toBe("His");
    expect(a.text).toBe("the local newspaper");
    const b = byCue("Governor Jane Doe’s criticism of the budget plan, which passed last week, surprised her allies.", "criticism of")!;
    expect(b.source?.text).toBe("Governor Jane Doe’s");
    expect(b.text).toBe("the budget plan");
  });
  it("the clause's subject holds the noun where it agrees with the possessive: 'members of the GOP … their opposition to', 'He’s … his critique of'", () => {
    expect(sourceOf("Many other members of the GOP are not mincing words in their opposition to Trump.", "opposition to")).toBe("Many other members of the GOP");
    expect(sourceOf("He’s been ratcheting up his critique of his opponents.", "critique of")).toBe("He’s");
    expect(sourceOf("Mr. Ryan raises money for Republicans, even while keeping his promise to spend Sunday at home.", "promise")).toBe("Mr. Ryan");
    // (not where they do not agree: "Clinton … his plan")
    expect(sourceOf("Mrs. Clinton took shots at the senator over his plan to provide free tuition.", "plan")).not.toBe("Mrs. Clinton");
  });
  it("a possessive left as the source resolves as its pronoun would: 'John Smith… his critique of'", () => {
    const out = said("John Smith spoke in Lisbon on Monday. The plans, his critique of the government made clear, were dead.");
    expect(speakerByCue(out, "critique of")).toBe("John Smith");
  });
  it("'his claim that…': a noun of saying with a 'that' clause after a possessive", () => {
    const q = byCue("Her claim that the ballots were lost, repeated on Monday, drew no response.", "claim")!;
    expect(q.source?.text).toBe("Her");
    expect(q.text).toBe("that the ballots were lost");
    // "that" as a pronoun or a relative ("the claim that was made") is no content
    expect(said("His claim that was filed late went nowhere.").quotes.map((x) => x.cue?.text)).not.toContain("claim");
  });
  it("without a possessive holder, or with another preposition, a noun is no cue", () => {
    const cues = (text: string) => said(text).quotes.map((x) => x.cue?.text);
    expect(cues("The attacks on the convoy killed four soldiers.")).not.toContain("attacks on");
    expect(cues("Their support in the suburbs has grown.")).toHaveLength(0);
  });
});

describe("a question after the hearer", () => {
  it("'X asked the senator if…': the question after the hearer is the content", () => {
    const q = one("The newspaper asked the senator if she had been preparing for the race.");
    expect(q.source?.text).toBe("The newspaper");
    expect(q.text.startsWith("if she had been preparing")).toBe(true);
  });
  it("a verb without a hearer does not reach past its object for 'if'", () => {
    expect(said("The company posted the results if anyone wanted them.").quotes.filter((q) => q.text.startsWith("if"))).toHaveLength(0);
  });
});

describe("a trailing 'when asked' question", () => {
  it("'…, X said when asked whether…': the question is asked's content, nobody named as asking", () => {
    const q = byCue("\"We will see,\" the senator said when asked whether she would campaign for other candidates.", "asked")!;
    expect(q.text).toBe("whether she would campaign for other candidates");
    expect(q.source).toBeNull();
    const r = byCue("The coach was calm when asked about the injury.", "asked")!;
    expect(r.text).toBe("about the injury");
  });
  it("'when asked to leave' or 'asked that' is no question", () => {
    expect(said("The guests stood up when asked to leave the hall.").quotes.filter((x) => x.cue?.text === "asked")).toHaveLength(0);
  });
});

describe("evidence opening a sentence", () => {
  it("'In a poll last month, X held a lead': the poll is the source, the clause the content", () => {
    const q = one("In a national poll last month, the governor held a large lead among older voters.");
    expect(q.cue?.text).toBe("In");
    expect(q.source?.text).toBe("a national poll last month");
    expect(q.text).toBe("the governor held a large lead among older voters.");
  });
  it("'In the morning, …' and 'In an interview, X said…' are not evidence", () => {
    expect(said("In the morning, the mayor left the city.").quotes).toHaveLength(0);
    const q = one("In an interview, the mayor said she would run again.");
    expect(q.cue?.text).toBe("said");
  });
});

describe("names with a middle initial", () => {
  it("'“…,” Michael C. Doe, the city manager, said of…': the whole name and its apposition", () => {
    const q = byCue("''We wanted to control the land,'' Michael C. Doe, the city manager, said of the course, which opened in 1971.", "said")!;
    expect(q.text).toBe("''We wanted to control the land,''");
    expect(q.source?.text).toContain("Michael C. Doe");
  });
});

describe("an initial the tagger did not read as part of a name", () => {
  it("'“…,” J. Gerald Doe, director of the center, said': the initial opens the source", () => {
    const q = byCue("\"The winds are changing in the courts,\" J. Gerald Doe, director of the Legal Center, said in a release.")!;
    expect(q.text).toBe("\"The winds are changing in the courts,\"");
    expect(q.source?.text).toBe("J. Gerald Doe");
  });
  it("a one-letter word ending a sentence is no initial: 'Plan B. The…'", () => {
    const q = byCue("They chose Plan B. The minister said the talks would resume.")!;
    expect(q.source?.text).toBe("The minister");
    expect(q.text).toBe("the talks would resume.");
  });
});

describe("a sentence that opens with a quotation, then its source and cue", () => {
  it("'“…,” the former president told a crowd that…': the 'that' opens a relative clause, not a second statement", () => {
    const out = said("“Labels are for soup cans,” the former president told a crowd that the campaign put at 3,000.");
    expect(out.quotes).toHaveLength(1);
    expect(out.quotes[0].text).toBe("“Labels are for soup cans,”");
    expect(out.quotes[0].source?.text).toBe("the former president");
  });
  it("a quotation that does not open the sentence leaves the cue its 'that': '…“must be careful not to overreach,” and Doe insists that…'", () => {
    const q = byCue("After the vote he stated that the party “must be careful not to overreach,” and Doe insists that the result changes nothing.", "insists")!;
    expect(q.text).toBe("that the result changes nothing.");
    expect(q.source?.text).toBe("Doe");
  });
});

describe("a quotation that ends its sentence with a full stop", () => {
  it("'…“far from perfect.” He cited…': the next sentence starts there, whatever the splitter made of it", () => {
    const out = said("Secretary of State John Kerry said in a statement Sunday that although the elections were an \"important step forward,\" they were \"far from perfect.\" He cited the exclusion of minorities.");
    const q = out.quotes.find((x) => x.cue?.text === "said")!;
    expect(q.text).toBe("that although the elections were an \"important step forward,\" they were \"far from perfect.\"");
    expect(q.speaker).toBe("John Kerry");
    expect(out.quotes.find((x) => x.cue?.text === "cited")?.text).toBe("the exclusion of minorities.");
  });
  it("whatever word opens the next sentence: '…“caused death.” Bernie Sanders called…'", () => {
    const out = said("Donald Trump said Hillary Clinton \"caused death.\" Bernie Sanders called Clinton a liar.");
    expect(out.quotes.find((x) => x.cue?.text === "said")?.text).toBe("Hillary Clinton \"caused death.\"");
    expect(out.quotes.find((x) => x.cue?.text === "called")?.text).toBe("Clinton a liar.");
  });
  it("a source and its verb alone after a quotation closed by a full stop said that quotation: '“….” Trump said.'", () => {
    const q = byCue("“Russia, if you’re listening, I hope you’re able to find the emails that are missing.” Trump said.");
    expect(q?.text).toBe("“Russia, if you’re listening, I hope you’re able to find the emails that are missing.”");
    expect(q?.source?.text).toBe("Trump");
  });
  it("a name after the quotation is the quotation's source, not a new sentence: '“Who are they?” Trump said.'", () => {
    const q = byCue("“Who do they think they are?” Trump said.")!;
    expect(q.text).toBe("“Who do they think they are?”");
    expect(q.source?.text).toBe("Trump");
  });
});

describe("a participle clause after a quotation's cue", () => {
  it("'“…,” the board said, reasoning that…': said keeps the quotation, the participle takes the clause", () => {
    const { quotes } = said("“The candidate is eligible,” the board said, reasoning that she met the criteria.");
    expect(quotes.find((x) => x.cue?.text === "said")?.text).toBe("“The candidate is eligible,”");
    const r = quotes.find((x) => x.text.includes("she met the criteria"))!;
    expect(r.cue?.text).toBe("reasoning");
    expect(r.source?.text).toBe("the board");
  });
  it("'Cruz said that there is “…,” adding that…': the quotation ends what was said, and the participle is Cruz's", () => {
    const out = said("Speaking to supporters in South Carolina, Cruz said that there is “only one conservative who can win,” adding that this is why Trump attacks him.");
    expect(out.quotes.find((x) => x.cue?.text === "said")?.text).toBe("that there is “only one conservative who can win,”");
    expect(sourceOf("Speaking to supporters in South Carolina, Cruz said that there is “only one conservative who can win,” adding that this is why Trump attacks him.", "adding")).toBe("Cruz");
    expect(sourceOf("On the day that footage emerged, Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger.''", "adding")).toBe("Mr. Trump");
  });
  it("', before clarifying that…' is a participle of the same subject", () => {
    const { quotes } = said("“I have known him for years,” the governor said, before clarifying that he was the best candidate.");
    const r = quotes.find((x) => x.cue?.text === "clarifying")!;
    expect(r.text).toBe("that he was the best candidate.");
    expect(r.source?.text).toBe("the governor");
  });
  it("'“…,” said X at the time, adding that…': the participle shares the source placed after the cue, not a noun between", () => {
    expect(sourceOf("“It is not new here,” said Rep. Bobby Scott at the time, adding that voters had changed.", "adding")).toBe("Rep. Bobby Scott");
    expect(sourceOf("“The library is valuable,” said Peter Rice, chairman of Fox Networks Group, noting that old episodes sell.", "noting")).toBe("Peter Rice");
    expect(sourceOf("“I saw it,” said Carly Fiorina during the second debate, suggesting that she had seen the video.", "suggesting")).toBe("Carly Fiorina");
    // (a finite verb after that source opens a clause of its own, whose subject the participle takes)
    expect(sourceOf("“It is over,” said Smith, and the crowd cheered, chanting that the race was won.", "chanting")).toBe("the crowd");
  });
});

describe("subjects the tagger misreads", () => {
  it("a bare verb form after a possessive, before the verb, is the subject's noun: 'Her campaign had said…'", () => {
    expect(sourceOf("Her campaign had said her server was never hacked.")).toBe("Her campaign");
    expect(sourceOf("Both Mrs. Clinton and her campaign had said her server was never hacked.")).toContain("her campaign");
  });
  it("a cue's -s form that is mostly a plural noun is no cue in a noun's place: 'Rust Belt states that have…', 'stick to issues that…'", () => {
    const cues = (text: string) => said(text).quotes.map((q) => q.cue?.text);
    expect(cues("Voters in Rust Belt states that have suffered job losses turned out.")).not.toContain("states");
    expect(cues("They were due to stick to issues that most Republicans can agree on.")).not.toContain("issues");
    expect(cues("Business issues generally do not excite such passions.")).not.toContain("issues");
    expect(cues("He has organized in the caucus states where he has offices.")).not.toContain("states");
    // (after a pronoun, a name or a phrase with its article it is the verb)
    expect(sourceOf("It states that courts should not issue an opinion.", "states")).toBe("It");
    expect(sourceOf("The document states that leave is available after a year.", "states")).toBe("The document");
    expect(sourceOf("The Clinton campaign denies any wrongdoing and points out that Sanders signed the same agreement.", "points out")).toBe("The Clinton campaign");
    expect(sourceOf("Forbes lists David Koch with just under $40 billion.", "lists")).toBe("Forbes");
  });
  it("a participle after a determiner in an apposition is an adjective: 'X, another unaffiliated strategist, said'", () => {
    expect(sourceOf("Maria Lopez, another unaffiliated Ohio strategist, said the race is close.")).toBe("Maria Lopez");
  });
  it("a capitalised word before ', a …,' names the speaker whatever its tag", () => {
    expect(sourceOf("Hook, a former state party chairman, said the vote was fair.")).toBe("Hook");
  });
  it("a capitalised word opening the clause, tagged as a verb or an adjective, is the source", () => {
    expect(sourceOf("Bright said he would be careful with the budget.")).toBe("Bright");
    expect(sourceOf("Frost, who has campaigned in several states to help rally members, said she sees momentum.")).toBe("Frost");
    // (not a word that cannot be a name)
    expect(sourceOf("However, said the clerk, the office is closed.")).not.toBe("However");
  });
  it("a party and state in parentheses, then a comma: 'Sen. Jane Roe (R-Ohio), said'", () => {
    expect(sourceOf("Sen. Jane Roe (R-Ohio), said after the vote that the bill was dead.")).toBe("Sen. Jane Roe");
  });
  it("a participle and a day after the subject: 'A memo released Monday said'", () => {
    expect(sourceOf("A memo released Monday said the plan would cost more.")).toBe("A memo released Monday");
  });
  it("a noun after a possessive pronoun, tagged as a verb: 'her campaign said'", () => {
    expect(sourceOf("The delay came shortly after her campaign said the mothers would be campaigning in the state.")).toBe("her campaign");
  });
  it("a postposed word or participle after the subject: 'voters overall said', 'those surveyed said'", () => {
    expect(sourceOf("Nearly six in 10 Republican voters overall said they have decided.")).toContain("Republican voters");
    expect(sourceOf("Some 40 percent of voters polled said they were undecided.")).toContain("voters");
    expect(sourceOf("Again, those surveyed said the economy mattered most.")).toBe("those");
  });
  it("a capitalised word read as a date, alone before the verb, is a name: 'Day said…'; not a weekday", () => {
    expect(sourceOf("Day said the radical language in the platform is diminishing the party.")).toBe("Day");
    expect(sourceOf("Wednesday added a new twist to the race, as the senator announced that he would run.", "added")).not.toBe("Wednesday");
  });
  it("a pronoun of one of several: 'another says', 'each called', 'neither wanted'", () => {
    const out = said("One tally says there are more than 2,400 billionaires. Another says there are about 1,800.");
    expect(out.quotes.find((q) => q.text.startsWith("there are about"))?.source?.text).toBe("Another");
    expect(sourceOf("The two papers each called it a rough week.", "called")).toBe("each");
    // (not "either", which mostly opens "either… or…")
    expect(sourceOf("The plan was either called off or went unnoticed.", "called")).toBeUndefined();
  });
  it("a pronoun after 'close to' belongs to the source's phrase: 'a source close to him said'", () => {
    const q = said("The mayor will resign, a source close to him said.").quotes[0];
    expect(q.source?.text).toBe("a source close to him");
    expect(q.text).toBe("The mayor will resign");
    // (elsewhere "close to him" is no source)
    expect(sourceOf("He said the result was close to him.")).toBe("He");
  });
});

describe("what was said before the cue, opening with an adverbial clause", () => {
  it("'If X, Y, Wilcox said': the main clause after the adverbial one makes it a statement", () => {
    const q = one("If states fail, the department can step in, Wilcox said.");
    expect(q.source?.text).toBe("Wilcox");
    expect(q.text).toBe("If states fail, the department can step in");
  });
  it("an adverbial clause alone is not what was said: 'As he shook hands, Sanders reiterated his belief'", () => {
    expect(one("As he shook hands, Sanders reiterated his belief.").text).toBe("his belief.");
  });
  it("a relative clause's verb takes nothing before it: '…,” said Ed Roe, who supports the mayor'", () => {
    const { quotes } = said("“If he tones it down, he will win many voters,” said Ed Roe, a former governor, who supports the mayor.");
    expect(quotes.find((q) => q.cue?.text === "supports")?.text ?? "the mayor.").toBe("the mayor.");
    expect(quotes.find((q) => q.cue?.text === "said")?.source?.text).toBe("Ed Roe");
  });
  it("nor does a verb of saying after 'who': '…included Mike Pence, who called their son “an American hero.”'", () => {
    const q = byCue("The speakers included Mike Pence, who called their son \"an American hero.\" In a poll, most agreed.", "called");
    expect(q?.text).toBe("their son \"an American hero.\"");
    expect(q?.speaker).toBe("Mike Pence");
  });
});

describe("the clause a participle hangs on", () => {
  it("past adverbs between the comma and the participle: ', falsely suggesting that…'", () => {
    const q = byCue("Trump has raised questions about Obama's birthplace and religion, falsely suggesting that Obama was born abroad.", "suggesting");
    expect(q?.source?.text).toBe("Trump");
    expect(q?.text).toBe("that Obama was born abroad.");
  });
  it("after an adverbial clause, the participle shares that clause's subject", () => {
    const q = byCue("The protest erupted after the candidate entered the race with harsh words about immigrants, calling them criminals.", "calling");
    expect(q?.source?.text).toBe("the candidate");
  });
  it("after a complement clause ('why…'), it shares the main clause's subject", () => {
    const q = byCue("He questioned why his wife did not speak, implying she had something to hide.", "implying");
    expect(q?.source?.text).toBe("He");
  });
});

describe("what stands between the subject and its cue", () => {
  it("a day and its part: 'Spicer on Thursday evening said'", () => {
    expect(sourceOf("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.")).toBe("RNC spokesman Sean Spicer");
  });
  it("a relative clause without commas: 'An official who spoke anonymously to discuss strategy said'", () => {
    expect(sourceOf("A White House official who spoke anonymously to discuss internal strategy said that the talks had stalled.")).toBe("A White House official");
    expect(sourceOf("Officials who know him say he will run.", "say")).toBe("Officials");
    // (a subject pronoun is the subject)
    expect(sourceOf("The bill failed because they said it was flawed.")).toBe("they");
  });
  it("a town and its state inside an aside are no apposition: 'Trump, speaking in Wilmington, N.C., warned'", () => {
    expect(sourceOf("Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the plan.", "warned")).toBe("Trump");
    expect(sourceOf("Smith, speaking in Austin, Texas, warned that taxes would rise.", "warned")).toBe("Smith");
    // (an apposition still joins its names)
    expect(sourceOf("South Korea's spy agency, the NIS, said the troops had arrived.")).toBe("South Korea's spy agency, the NIS");
  });
});

describe("sources after the cue", () => {
  it("'“…,” said one Republican involved in the planning': a participle and its phrase describe the source", () => {
    const q = one("“You will see a massive ad spend,” said one Republican involved in the planning.");
    expect(q.text).toBe("“You will see a massive ad spend,”");
    expect(q.source?.text).toBe("one Republican involved in the planning");
    expect(one("“We will win,” tweeted another.").source?.text).toBe("another");
    // (a head the tagger read as an adjective before its preposition: "an editorial in the paper")
    expect(one("“There is no spine left,” reads a Wednesday editorial in The Des Moines Register.").source?.text).toBe("a Wednesday editorial");
    // (but a noun phrase with a verb of its own, and no quotation before the cue, is what was said)
    expect(said("Voters are worried, says her biggest concern is the economy.").quotes.map((x) => x.source?.text)).not.toContain("her biggest concern");
  });
  it("'Asked by Matt Lauer whether…': the one who asks is the source", () => {
    const out = said("Hillary Clinton spoke to NBC on Monday. Asked by Matt Lauer whether she had written the speech herself, she said she had help.");
    const asked = out.quotes.find((q) => q.cue?.text === "Asked");
    expect(asked?.source?.text).toBe("Matt Lauer");
    expect(asked?.text).toBe("whether she had written the speech herself");
    // (and "she" is not Matt Lauer)
    expect(out.quotes.find((q) => q.cue?.text === "said")?.speaker).toBe("Hillary Clinton");
    expect(byCue("Asked whether he would run, Smith said no.", "Asked")?.source).toBeNull();
  });
  it("a verb that takes a hearer inverts when the name ends the sentence after a quotation: '…,” warned Clinton.'", () => {
    expect(said("“The danger is real and growing,” warned Clinton.").quotes[0].source?.text).toBe("Clinton");
    // ("told reporters" is a hearer, not a source)
    expect(said("“We will win,” he told reporters on Monday.").quotes[0].source?.text).toBe("he");
  });
  it("only a finite verb of saying with no object of its own inverts: '“…,” read one', not 'offered an olive branch'", () => {
    expect(said("“America is great! Trump is disgusting,” read one.").quotes[0]?.source?.text).toBe("one");
    expect(said("“An awful lot of analysts said no,” remembered Roy Verley, the former spokesman.").quotes[0]?.source?.text).toBe("Roy Verley");
    // (what follows "offered" is what was offered: no source at all is better than "an olive branch")
    expect(byCue("Mr. Manafort, a longtime strategist who in recent weeks has taken over much of the campaign, offered an olive branch.", "offered")?.source?.text).not.toBe("an olive branch");
  });
  it("'campaign' before a role is part of the source, not a cue: '“…,” Sanders campaign manager Jeff Weaver said'", () => {
    const q = said("\"We will win this,\" Sanders campaign manager Jeff Weaver said Monday in an interview.").quotes[0];
    expect(q.cue?.text).toBe("said");
    expect(q.source?.text).toBe("Sanders campaign manager Jeff Weaver");
    expect(q.text).toBe("\"We will win this,\"");
  });
  it("'state' before a title is part of the name, not a cue: '“…,” state Sen. Jason Holsman (D) said.'", () => {
    const q = said("\"By putting this in the constitution, we are making a mistake,\" state Sen. Jason Holsman (D) said.").quotes[0];
    expect(q.cue?.text).toBe("said");
    expect(q.source?.text).toBe("state Sen. Jason Holsman");
  });
  it("a participle before a noun in an inverted source is an adjective: 'said retired neurosurgeon Ben Carson'", () => {
    expect(said("“I will not apologize for it,” said retired neurosurgeon Ben Carson.").quotes[0].source?.text).toBe("retired neurosurgeon Ben Carson");
  });
});

describe("between a cue and its 'that'", () => {
  it("a contraction compromise expands inside a noun phrase is no verb: 'argued during Saturday’s debate that…'", () => {
    const q = one("Hillary Clinton argued during Saturday’s Democratic presidential debate that she could take a hard line on banks.");
    expect(q.source?.text).toBe("Hillary Clinton");
    expect(q.text).toBe("that she could take a hard line on banks.");
  });
  it("a programme's title in two-apostrophe quotes neither ends the search nor stands as a quotation", () => {
    const { quotes } = said("Gen. John Allen said on ABC's ''This Week'' on Sunday that the troops were in danger.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe("that the troops were in danger.");
    // (a title with a verb in it, and a preposition after it that the tagger reads as a particle)
    expect(byCue("Mr. Khan said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect.")?.text).toBe("that Mr. Trump had shown disrespect.");
  });
  it("a fronted phrase with a particle is not what was said: 'Back in 1999, Mr. Trump expressed admiration for…'", () => {
    expect(one("Back in 1999, Mr. Trump expressed admiration for the senator's political skills.").text).toBe("admiration for the senator's political skills.");
  });
});

describe("'called' that names", () => {
  it("'a play called “Los Hijos de Trump”', 'a PAC called Our Principles is…', 'a company called Harmony Enterprises.' are no attributions", () => {
    expect(said("Comedians are performing a popular play called “Los Hijos de Trump” in Mexico.").quotes.filter((q) => q.cue?.text === "called")).toHaveLength(0);
    expect(said("An anti-Trump super PAC called Our Principles is ramping up its operations.").quotes).toHaveLength(0);
    expect(said("She founded a company called Harmony Enterprises.").quotes).toHaveLength(0);
  });
  it("'called' with a second object still reports: 'A senator called Clinton a liar', 'A spokesman called Trump's remarks false'", () => {
    expect(one("A senator called Clinton a liar.").source?.text).toBe("A senator");
    expect(one("A spokesman called Trump's remarks false.").text).toBe("Trump's remarks false.");
  });
});

describe("an infinitive cue after a noun", () => {
  it("after a verb that moves someone to act, the infinitive is that someone's: 'led Reince Priebus to declare'", () => {
    expect(one("The decisive victory led party chairman Reince Priebus to declare him the nominee.").source?.text).toBe("party chairman Reince Priebus");
    expect(one("The shift prompted Anderson Cooper to accuse the senator of hypocrisy.").source?.text).toBe("Anderson Cooper");
    // (a pronoun too: "scenes of mayhem that allow him to call for law and order")
    expect(byCue("He could gain from scenes of mayhem that allow him to call for law and order.", "call for")?.source?.text).toBe("him");
  });
  it("otherwise it is the clause subject's: 'He made a promise to endorse the nominee'", () => {
    expect(one("He made a promise to endorse the nominee.").source?.text).toBe("He");
  });
});

describe("'according to' inside a sentence", () => {
  it("with no clause before it, what was said comes after: 'But, according to the poll, 46 percent…'", () => {
    const q = one("But, according to the poll, 46 percent of Republican voters remain undecided.");
    expect(q.source?.text).toBe("the poll");
    expect(q.text).toBe("46 percent of Republican voters remain undecided.");
  });
  it("after a colon, too: '…unnoticed: According to recent polls, Trump holds…'", () => {
    const q = byCue("It has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the vote.", "According to");
    expect(q?.text).toBe("Trump holds only 14 percent of the vote.");
  });
  it("after a clause, that clause is what was said: 'Turnout was low, according to officials'", () => {
    expect(one("Turnout was low, according to officials.").text).toBe("Turnout was low");
  });
  it("with nothing after the source, the words before it are what was said, whatever the tagger made of their verb", () => {
    // ("rose" and "trails" read as nouns)
    expect(one("Sales rose 5 percent, according to the report.").text).toBe("Sales rose 5 percent");
    expect(one("Sanders trails Clinton in California by 4 percentage points, according to the poll.").text).toBe("Sanders trails Clinton in California by 4 percentage points");
  });
});

describe("a question opening a sentence the splitter missed", () => {
  it("'…fees.” Asked if…, Trump replied': the question after a closing quotation still opens its sentence", () => {
    const { quotes } = said("“I was going to pay for the fees.” Asked if he had encouraged violence, Trump replied, “We have to be careful.”");
    expect(quotes.find((q) => q.cue?.text === "Asked")?.text).toBe("if he had encouraged violence");
    expect(quotes.find((q) => q.cue?.text === "replied")?.source?.text).toBe("Trump");
  });
});

describe("a participle opening the sentence", () => {
  it("reports what runs to its comma, with the main clause's subject as source: 'Noting he majored in philosophy, Allen said…'", () => {
    const q = byCue("Noting he majored in philosophy during college, Allen said the jokes came easily.", "Noting");
    expect(q?.text).toBe("he majored in philosophy during college");
    expect(q?.source?.text).toBe("Allen");
    const after = byCue("After saying he was nervous, the man asked a question about taxes.", "saying");
    expect(after?.source?.text).toBe("the man");
  });
  it("also after a short opening that ends in a preposition: 'In addition to stating that…, Clinton has vowed…'", () => {
    const q = byCue("In addition to stating that unborn babies have no constitutional rights, Clinton has vowed to repeal the amendment.", "stating");
    expect(q?.text).toBe("that unborn babies have no constitutional rights");
    expect(q?.source?.text).toBe("Clinton");
    expect(sourceOf("Instead of praising the plan, the senator said it would fail.", "praising")).toBe("the senator");
    // (and a cue further inside an opening participle's phrase: "Using a crude expression to describe…, he said")
    const d = byCue("Using a crude expression to describe the Turks as ingratiating themselves with Washington, he said the plan failed.", "describe");
    expect(d?.source?.text).toBe("he");
    expect(d?.text).toBe("the Turks as ingratiating themselves with Washington");
    // (but "Following" opens like a preposition: the phrase keeps its own nouns)
    expect(sourceOf("Following the release of a video from the terrorist group threatening an attack in New York, Trump called for a ban.", "threatening")).not.toBe("Trump");
    // (not "According to…", which reports)
    expect(byCue("According to the report, sales fell.", "According to")?.source?.text).toBe("the report");
  });
  it("not 'Speaking to reporters in Iowa, Trump said…': a cue of many senses needs its particle, 'that' or a quotation", () => {
    const out = said("Speaking to reporters in Iowa, Trump said the race was close.");
    expect(out.quotes.map((q) => q.cue?.text)).toEqual(["said"]);
    expect(byCue("Speaking of the attacks, the mayor said the city would recover.", "Speaking of")?.text).toBe("the attacks");
  });
  it("not when no clause follows the comma: the noun after it is no subject", () => {
    expect(byCue("Noting the date, sources, and the time.", "Noting")?.source?.text).not.toBe("sources");
  });
});

describe("an adverb of hearsay inside what a verb of saying reports", () => {
  it("reports its own clause, and the verb keeps its attribution: 'Judge Bristow said a conspiracy Marquez allegedly entered into…'", () => {
    const out = said("U.S. District Magistrate Judge David Bristow said a conspiracy Marquez allegedly entered into was serious.");
    const q = out.quotes.find((x) => x.cue?.text === "said");
    expect(q?.source?.text).toBe("U.S. District Magistrate Judge David Bristow");
    expect(q?.text).toBe("a conspiracy Marquez allegedly entered into was serious.");
    // (an adverb with no verb of saying before it still reports its whole sentence)
    expect(byCue("The staffer allegedly grabbed a reporter's arm.", "allegedly")?.text).toBe("The staffer allegedly grabbed a reporter's arm.");
  });
});

describe("a short aside between commas right after the cue", () => {
  it("is passed over to the 'that' or the quotation it leads to: 'He added, though, that…', 'said, without evidence, that…'", () => {
    const q = byCue('He added, though, that in the end "McCain could not escape Bush."', "added");
    expect(q?.source?.text).toBe("He");
    expect(q?.text).toBe('that in the end "McCain could not escape Bush."');
    expect(byCue("She also said, without evidence, that the rivals were spying on her.")?.text).toBe("that the rivals were spying on her.");
  });
  it("but an apposition after the cue's comma is not what was said: 'Sanders said, a policy that…'", () => {
    expect(byCue("The plan would raise taxes, Sanders said, a policy that few voters like.")?.text).toBe("The plan would raise taxes");
  });
  it("and so is an aside between dashes, a clause of its own allowed: 'said — on Twitter, as it happens — that…'", () => {
    const q = byCue("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.");
    expect(q?.text).toBe("that Trump raised $4 million that day.");
    expect(q?.source?.text).toBe("His campaign chairman Paul Manafort");
  });
});

describe("a noun in apposition that sums up what was said or done", () => {
  it("is the writer's comment and ends the content: ', a sentiment endorsed by…', ', a claim that…', ', stances that…'", () => {
    expect(byCue("He dismissed ideological labels altogether, a sentiment endorsed by the crowd.", "dismissed")?.text).toBe("ideological labels altogether");
    expect(byCue("Podliska alleges that he was fired for taking time off, a claim that the office disputes.", "alleges")?.text).toBe("that he was fired for taking time off");
    expect(byCue("In 1999 he called himself pro-choice, stances that he has since disavowed.", "called")?.text).toBe("himself pro-choice");
  });
  it("but an apposition describing a noun inside it stays: 'said the vote, a close one, would be held…'", () => {
    expect(byCue("Smith said the vote, a close one, would be held on Friday.")?.text).toBe("the vote, a close one, would be held on Friday.");
  });
});

describe("a capitalised -ing word right before the verb", () => {
  it("is its subject, a name the tagger read as a gerund: 'Manning said…', 'Boreing said…'", () => {
    expect(one("Manning said the plan would fail.").source?.text).toBe("Manning");
    expect(sourceOf("Boreing said the members would still meet for drinks and speakers.")).toBe("Boreing");
  });
  it("but not a participle opening the sentence before its own object: 'Speaking to reporters, Manning said…'", () => {
    expect(sourceOf("Speaking to reporters, Manning said the plan would fail.")).toBe("Manning");
  });
});

describe("an evidence word in -ing opening the text", () => {
  it("'Polling shows that Clinton leads.' as a whole document: the gerund is the source (this threw before)", () => {
    const q = one("Polling shows that Clinton leads.");
    expect(q.source?.text).toBe("Polling");
    expect(q.text).toBe("that Clinton leads.");
  });
});

describe("a participle's phrase opening the sentence holds no subject", () => {
  it("'Speaking in Harlem, Clinton, without naming him, also accused…'", () => {
    expect(sourceOf("Speaking in Harlem, Clinton, without naming him, also accused Sanders of being a latecomer.", "accused")).toBe("Clinton");
  });
  it("but a name ending in -ing is a name: 'Schilling, through a spokeswoman, declined…'", () => {
    expect(sourceOf("Schilling, through a spokeswoman, declined to comment.", "declined")).toBe("Schilling");
  });
});

describe("a quotation inside an aside between the subject and its cue", () => {
  it("'Smith, calling the plan “a disaster,” said…': the subject is before the aside, and the aside ends at the quotation", () => {
    const out = said("Smith, calling the plan “a disaster for farmers,” said he would vote against it.");
    expect(out.quotes.find((q) => q.cue?.text === "said")?.source?.text).toBe("Smith");
    expect(out.quotes.find((q) => q.cue?.text === "said")?.text).toBe("he would vote against it.");
    expect(out.quotes.find((q) => q.cue?.text === "calling")?.text).toBe("the plan “a disaster for farmers,”");
    expect(sourceOf("The mayor, who called the plan “a disaster for farmers,” said he would vote against it.")).toBe("The mayor");
  });
  it("and a quoted title of a few words in any apposition: 'Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested…'", () => {
    const q = byCue("Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the remark could disqualify him.", "suggested")!;
    expect(q.source?.text).toBe("Joe Scarborough");
    expect(q.text).toBe("the remark could disqualify him.");
  });
  it("but a quotation before the cue at the sentence's start is what was said: '“We will win,” said Smith.'", () => {
    expect(one("“We will win,” said Smith.").text).toBe("“We will win,”");
  });
});

describe("asides between the subject and its cue", () => {
  it("a prepositional aside after a name the tagger misreads: 'Gates, in contrast, told AP…'", () => {
    expect(sourceOf("Gates, in contrast, told AP he was working with the firm.", "told")).toBe("Gates");
  });
  it("an aside between spaced hyphens: 'Deborah Reynolds - his co-host on the show - told…'", () => {
    expect(sourceOf("Deborah Reynolds - his girlfriend and co-host on the show - told the Post that he had changed.", "told")).toBe("Deborah Reynolds");
  });
  it("an age and a home town with its state: 'Brianne Stone, 29, of Huntsville, Ala., says…'", () => {
    expect(sourceOf("Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.", "says")).toBe("Brianne Stone");
  });
});

describe("a cue after a clause and its comma", () => {
  it("the name after the cue is the source, not the clause's last noun: '…his clout in Boston, said strategist Hank Sheinkopf.'", () => {
    const q = one("His endorsement could matter more than his clout in Boston, said Democratic strategist Hank Sheinkopf.");
    expect(q.source?.text).toBe("Democratic strategist Hank Sheinkopf");
    expect(q.text).toBe("His endorsement could matter more than his clout in Boston");
  });
  it("an apposition after the cue's comma is not what was said: '…, Sanders said, a policy that could help thousands.'", () => {
    const q = one("Victims of violence would be considered a distinct group, Sanders said, a policy that could help thousands.");
    expect(q.source?.text).toBe("Sanders");
    expect(q.text).toBe("Victims of violence would be considered a distinct group");
  });
});

describe("a cue the tagger read as a plural noun after an apposition", () => {
  it("'Gerry O'Brien, a GOP consultant, notes that…': the verb, whatever the tag", () => {
    const q = one("John Smith, a consultant, notes that the plan is a disaster.");
    expect(q.cue?.text).toBe("notes");
    expect(q.source?.text).toBe("John Smith, a consultant");
  });
  it("but not a relative clause after a noun: '…, remarks that were featured on the news'", () => {
    expect(said("He praised Putin, remarks that were featured on the news in Moscow.").quotes.map((q) => q.cue?.text)).not.toContain("remarks");
  });
});

describe("'went on to say', 'continued to insist': a verb of going on before the cue", () => {
  it("the cue starts at the verb of going on, whose subject is the source", () => {
    const q = one("He went on to say the plan was a disaster.");
    expect(q.cue?.text).toBe("went on to say");
    expect(q.source?.text).toBe("He");
    expect(q.text).toBe("the plan was a disaster.");
    const r = one("The senator continued to insist that the vote was rigged.");
    expect(r.cue?.text).toBe("continued to insist");
    expect(r.source?.text).toBe("The senator");
  });
  it("shares a coordinated subject: 'Clinton blamed the fog of war and continued to defend…'", () => {
    expect(sourceOf("Clinton blamed the fog of war and continued to defend the claim that a video inspired the attacks.", "continued to defend")).toBe("Clinton");
  });
  it("and after a copula and an adjective of readiness: 'is likely to endorse', 'was quick to add'; after 'failed to'", () => {
    expect(one("Clinton is likely to endorse the plan.").cue?.text).toBe("is likely to endorse");
    expect(one("He was quick to add that the talks would go on.").source?.text).toBe("He");
    expect(one("The minister failed to mention the deficit.").cue?.text).toBe("failed to mention");
  });
  it("but 'He went on to win the race' reports nothing", () => {
    expect(said("He went on to win the race.").quotes).toEqual([]);
  });
});

describe("'vote' is an attribution with its particle only", () => {
  it("'56 percent would vote for Clinton', 'voted against the bill', 'voted to ban cloning'", () => {
    expect(byCue("Fifty-six percent of Democrats would vote for Clinton.", "vote for")?.source?.text).toBe("Fifty-six percent of Democrats");
    expect(byCue("The senator voted against the bill.", "voted against")?.text).toBe("the bill.");
    expect(byCue("Sanders voted to ban therapeutic cloning in 2001.", "voted to")?.text).toBe("ban therapeutic cloning in 2001.");
  });
  it("but not 'voting begins', 'vote their conscience'", () => {
    for (const text of ["Voting begins in New Hampshire next week.", "The delegates will vote their conscience."]) {
      expect(said(text).quotes.map((q) => q.cue?.text)).toEqual([]);
    }
  });
});

describe("'seemed to' before a verb that reports", () => {
  it("keeps the subject as source where the verb alone would want a 'that': 'Obama seemed to recognize the significance…'", () => {
    const q = one("Obama himself seemed to recognize the significance of the Iowa victory.");
    expect(q.cue?.text).toBe("seemed to recognize");
    expect(q.source?.text).toBe("Obama");
    expect(q.text).toBe("the significance of the Iowa victory.");
  });
  it("'the race seemed to be his to lose' still has no source", () => {
    expect(one("The race seemed to be his to lose.").source).toBeNull();
  });
});

describe("'made it clear that'", () => {
  it("the cue is 'made it clear' and its source the subject of 'made', not 'it'", () => {
    const q = byCue("Davis made it clear that she did not see the comments as a compliment.", "made it clear");
    expect(q?.source?.text).toBe("Davis");
    expect(q?.text).toBe("that she did not see the comments as a compliment.");
  });
});

describe("more shapes of a statement", () => {
  it("a one-word answer: 'said yes', 'says so'", () => {
    expect(byCue("Most Democrats said yes.", "said")?.text).toBe("yes.");
    expect(byCue("A young-adult novel says so.", "says")?.source?.text).toBe("A young-adult novel");
    // (any other single word is no statement)
    expect(byCue("Most Democrats said today.", "said")).toBeUndefined();
  });
  it("an answer after an 'Asked …' opening, or after a quotation: 'Asked whether she has “…,” 75 percent said yes'", () => {
    expect(byCue("Asked if he was ever bullied, the Republican candidate said no.")?.text).toBe("no.");
    const out = said("Asked whether Clinton “has the integrity to serve as president,” 75 percent of Democrats said yes, but 55 percent of all voters said no.");
    expect(out.quotes.filter((q) => q.cue?.text === "said").map((q) => [q.source?.text, q.text])).toEqual([["75 percent of Democrats", "yes"], ["55 percent of all voters", "no."]]);
    // (a share of people with a gerund says it itself)
    expect(sourceOf("The killings have left 62 percent of voters saying race relations are growing worse.", "saying")).toBe("62 percent of voters");
  });
  it("'As reported by X, …': the source after 'by', what was said after the comma", () => {
    const q = byCue("As reported by the Journal, investigators found over 2,200 emails on the server.", "As reported by");
    expect(q?.source?.text).toBe("the Journal");
    expect(q?.text).toBe("investigators found over 2,200 emails on the server.");
  });
  it("a subordinate clause after the cue, then the clause that was said: 'He explained after winning Ohio, he would…'", () => {
    expect(byCue("He explained after winning his home state, he would have to take most of the delegates.", "explained")?.text).toContain("he would have to take");
  });
  it("asides that hold commas or run long between dashes, and a participle with a preposition in an apposition", () => {
    expect(byCue("Democratic leaders — and, in particular, Senator Harry Reid — insisted that any package include a delay.", "insisted")?.source?.text).toBe("Democratic leaders");
    expect(byCue("The justice -- who has been involved in a scuffle with the presumptive Republican nominee over the past few days -- said she regretted her remarks.", "said")?.source?.text).toBe("The justice");
    expect(byCue("Mike Shields, president of the Leadership Fund, a super PAC allied with House leadership, said every donor asks about it.", "said")?.source?.text).toBe("Mike Shields");
  });
  it("a noun the tagger reads as a verb after a conjunction and a name: 'But Cologne police say…'", () => {
    expect(byCue("But Cologne police say they have not yet determined the cause.", "say")?.source?.text).toBe("Cologne police");
  });
});

describe("party and state, hyphenated words and 'whose' before the cue", () => {
  it("'Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said'", () => {
    expect(byCue("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes.", "said")?.source?.text).toBe("Sen. Lindsey Graham");
  });
  it("a relative clause opened by 'whose': 'Officials whose laws were overturned by the court say'", () => {
    expect(byCue("Officials whose laws were overturned by the court say the change came later.", "say")?.source?.text).toBe("Officials");
  });
});

describe("an inverted source after a clause", () => {
  it("what comes before '…, said X, a …' is what was said, whatever the tagger made of its verb", () => {
    const q = one("A variety of factors impact the cost of college, said Mark Kantrowitz, a national student loan expert.");
    expect(q.source?.text).toBe("Mark Kantrowitz");
    expect(q.text).toBe("A variety of factors impact the cost of college");
  });
});

describe("'see … as' holds a view", () => {
  it("'Voters see the campaign as most unfair': the seer is the source, the object and its 'as' the content", () => {
    const q = one("Most voters see the campaign of the governor as most unfair.");
    expect(q.cue?.text).toBe("see");
    expect(q.source?.text).toBe("Most voters");
    expect(q.text).toBe("the campaign of the governor as most unfair.");
  });
  it("seeing without 'as' is no view: 'I saw the movie last night'", () => {
    expect(said("I saw the movie last night.").quotes).toHaveLength(0);
  });
});

describe("evidence verbs the tagger reads as nouns", () => {
  it("'Polls there show…', 'Exit polling shows…': the evidence noun a little before still makes 'show' a cue", () => {
    expect(one("Polls there show the mayor is trailing his rival.").source?.text).toBe("Polls there");
    expect(one("Exit polling shows he won most young voters in the state.").source?.text).toBe("polling");
  });
  it("'show' as a noun after a determiner is no cue: 'The poll was a good show for the party'", () => {
    expect(said("The poll was a good show for the party.").quotes).toHaveLength(0);
  });
});

describe("'know', 'feel', 'show' with a clause and no 'that'", () => {
  it("'Clinton knows Sanders will run to the end': the clause is what is known", () => {
    const q = one("Clinton knows Sanders will run to the end of the primaries.");
    expect(q.source?.text).toBe("Clinton");
    expect(q.text).toBe("Sanders will run to the end of the primaries.");
  });
  it("an object that is no clause is not: 'He knew Meles well'", () => {
    expect(said("He knew Meles well.").quotes).toHaveLength(0);
  });
});

describe("a coordinated participle the tagger reads as an adjective", () => {
  it("'calling him a “stiff” and accusing him of…': two attributions, one for each participle", () => {
    const { quotes } = said("Then he cut into Bush, calling him a “stiff” and accusing him of acting like a “spoiled child.”");
    expect(quotes.find((q) => q.cue?.text === "calling")?.text).toBe("him a “stiff”");
    expect(quotes.find((q) => q.cue?.text === "accusing")?.source?.text).toBe("he");
  });
  it("read as a noun after a comma, it is a participle before 'that' or 'to': '…, hoping that they can…'", () => {
    const q = byCue("Republicans are looking to do much the same, hoping that they can bring blue-collar voters back.", "hoping");
    expect(q?.source?.text).toBe("Republicans");
    expect(q?.text).toBe("that they can bring blue-collar voters back.");
    // (not a noun with its article: "the hoping that…" stays out)
    expect(byCue("Much of the hoping that went on was in vain.", "hoping")).toBeUndefined();
  });
});

describe("a present verb the tagger reads as a plural noun", () => {
  it("after a singular subject, before what it takes: 'Putin chides Turkey', 'The Turkish government claims…'", () => {
    expect(byCue("Putin chides Turkey at a news conference.", "chides")?.source?.text).toBe("Putin");
    expect(byCue("The Turkish government claims Gulen runs a worldwide network.", "claims")?.text).toBe("Gulen runs a worldwide network.");
    // (capitalised, in a headline)
    expect(byCue("Glenn Beck Blasts Drudge for Mocking His Fast.", "Blasts")?.source?.text).toBe("Glenn Beck");
    expect(byCue("Pence Calls for Special Prosecutor after Report Reveals Clinton’s Meetings with Donors.", "Reveals")?.source?.text).toBe("Report");
    // (before the cue's particle; and after a capitalised word the tagger did not call a name)
    expect(byCue("Mike Pence Calls for Special Prosecutor after Report.", "Calls for")?.source?.text).toBe("Mike Pence");
    expect(byCue("Donald Trump Tweets A Wildly Inaccurate Graphic To Portray Black People As Murderers.", "Tweets")?.source?.text).toBe("Donald Trump");
    expect(byCue("Woman Reveals Stunning Thing Trump Did To Her After Her Dad Killed Himself.", "Reveals")?.source?.text).toBe("Woman");
    expect(byCue("Admiral Harris refers to those islands as Chinese bases.", "refers to")?.source?.text).toBe("Admiral Harris");
  });
  it("but not a noun's plural after a noun: 'Clinton emails', 'the DNC rules committee'", () => {
    expect(said("More than 1,200 Clinton emails now deemed classified.").quotes.map((q) => q.cue?.text)).not.toContain("emails");
    expect(said("Her appointment to the DNC rules committee sparked anger.").quotes.map((q) => q.cue?.text)).not.toContain("rules");
  });
});

describe("a plural noun the tagger reads as a present verb", () => {
  it("after a plural determiner or as an object, it is a noun: the participle's source is the clause's subject", () => {
    expect(sourceOf("Petrilli tied those test scores to improved graduation rates, saying the law helped.", "saying")).toBe("Petrilli");
    expect(sourceOf("Trump took a risk by winking at Jewish stereotypes, telling the crowd he was a negotiator.", "telling")).toBe("Trump");
    expect(sourceOf("Obama also addressed Trump's general concerns last Thursday, stating the authorities are in charge.", "stating")).toBe("Obama");
  });
  it("a verb after a subject with a prepositional phrase stays a verb", () => {
    const q = byCue("A letter from the American Legion warns that any further talks will be through its attorney.", "warns");
    expect(q?.source?.text).toContain("American Legion");
    expect(sourceOf("A court document filed Thursday says that Trump lied.", "says")).toBe("A court document filed Thursday");
  });
});

describe("a participle after a subordinator, with no comma", () => {
  it("'…on Twitter before claiming that…': a second attribution of the same subject, which ends the first", () => {
    const text = "Trump said the deadlock has “kept us safe” on Twitter before claiming that open borders are “tearing families apart.”";
    expect(byCue(text)?.text).toBe("the deadlock has “kept us safe” on Twitter");
    const claiming = byCue(text, "claiming");
    expect(claiming?.source?.text).toBe("Trump");
    expect(claiming?.text).toBe("that open borders are “tearing families apart.”");
  });
});

describe("a coordinated -ing cue after a quoted word", () => {
  it("'is a “faker” and questioning how…': the participle is its own attribution", () => {
    const text = "She said that Trump is a “faker” and questioning how he has “gotten away with it.”";
    expect(byCue(text)?.text).toBe("that Trump is a “faker”");
    expect(byCue(text, "questioning")?.text).toBe("how he has “gotten away with it.”");
  });
  it("an -ing adjective after 'and' and before a noun is no cue", () => {
    expect(byCue("It was a tough and demanding job, she said.", "demanding")).toBeUndefined();
  });
});

describe("a gerund after a noun governed by a preposition or a copula", () => {
  it("keeps that noun as its source", () => {
    expect(sourceOf("Clinton is a politician saying exactly what people want to hear.", "saying")).toBe("a politician");
    expect(sourceOf("Four days after a gunman claiming allegiance to the group carried out the shooting, Biden arrived.", "claiming")).toBe("a gunman");
  });
});

describe("a verb of belief the tagger reads as a noun after a plural subject", () => {
  it("'Millennials support background checks', 'the senators surveyed support lowering…'", () => {
    const q = byCue("By a lopsided 82%-12%, Millennials support background checks for all gun purchasers.", "support");
    expect(q?.source?.text).toBe("Millennials");
    expect(q?.text).toBe("background checks for all gun purchasers.");
    expect(sourceOf("More than half the senators surveyed support at least lowering the number of superdelegates.", "support")).toBe("half the senators");
  });
  it("not inside a name, nor before a preposition", () => {
    expect(byCue("Reporters from the Associated Press and other outlets were there.", "Press")).toBeUndefined();
    expect(byCue("The plan runs counter to the party's platform.", "counter")).toBeUndefined();
    expect(byCue("Voter support for the plan is minimal.", "support")).toBeUndefined();
  });
});

describe("'people' the tagger reads as a verb", () => {
  it("'…, people close to Clinton say.': the group is the source and the speaker, not Clinton", () => {
    const q = byCue("The priority is whether she can play someone voters trust, people close to Clinton say.", "say");
    expect(q?.source?.text).toBe("people close to Clinton");
    expect(q?.speaker).toBe("people close to Clinton");
    expect(q?.text).toBe("The priority is whether she can play someone voters trust");
  });
});

describe("a 'that' after a participle that follows the cue", () => {
  it("'“…,” Carson told the AP on Wednesday after hinting that…': the quotation is what was told; the 'that' clause is the hint", () => {
    const text = "“Everything. Everything is on the table,” Carson told the AP on Wednesday after hinting that “personnel changes” could come.";
    expect(byCue(text, "told")?.text).toBe("“Everything. Everything is on the table,”");
    const hint = byCue(text, "hinting");
    expect(hint?.source?.text).toBe("Carson");
    expect(hint?.text).toBe("that “personnel changes” could come.");
  });
});

describe("a digest item: 'A HEADLINE - Name and Name: “…”'", () => {
  it("the names between the dash and the colon are the source of the quotation, one group speaker", () => {
    const text = "VOTERS CARE MORE ABOUT INSPIRATION - Frank Newport and Jim Harter: “We found that the leadership strengths most correlated with votes were inspiring.” More follows.";
    const q = byCue(text, ":");
    expect(q?.source?.text).toBe("Frank Newport and Jim Harter");
    expect(q?.text).toBe("“We found that the leadership strengths most correlated with votes were inspiring.”");
    expect(q?.speaker).toBe("Frank Newport and Jim Harter");
  });
  it("not a dash before a name with no quotation after its colon", () => {
    expect(byCue("The poll was clear - Frank Newport: the numbers favour him.", ":")).toBeUndefined();
  });
});

describe("two names or two nouns joined by 'and' before the cue", () => {
  it("two nouns of one person after a quotation are one source: '“…,” the Florida senator and presidential candidate said'", () => {
    const q = byCue("“I have been warning about this,” the Florida senator and Republican presidential candidate said in a statement.")!;
    expect(q.text).toBe("“I have been warning about this,”");
    expect(q.source?.text).toBe("the Florida senator and Republican presidential candidate");
  });
  it("but not a name and a noun, nor a clause before 'and': 'The economy grew and the minister said…'", () => {
    expect(sourceOf("The economy grew and the minister said it would keep growing.")).toBe("the minister");
    expect(sourceOf("In Iowa, voters and Sanders said they would debate.")).toBe("Sanders");
  });
  it("are one subject at the clause's start", () => {
    expect(sourceOf("Clinton and Sanders said they would debate again.")).toBe("Clinton and Sanders");
    expect(sourceOf("In Iowa, Clinton and Sanders said they would debate.")).toBe("Clinton and Sanders");
  });
  it("but not when the first name is a verb's object", () => {
    expect(sourceOf("Trump attacked Clinton and Sanders said he would win.")).toBe("Sanders");
  });
});

describe("a phrase of time or occasion between the subject and the cue", () => {
  it("'who in the past has voiced', 'have in the past said': the subject is before the phrase", () => {
    const out = said("Zucker, who in the past has voiced the desire to run for office, told reporters he would still consider it.");
    expect(out.quotes.find((q) => q.cue?.text === "voiced")?.source?.text).toBe("who");
    expect(speakerByCue(out, "voiced")).toBe("Zucker");
    expect(sourceOf("Gore’s close friends have in the past said he was staying quiet on purpose.")).toBe("Gore’s close friends");
  });
  it("but a statement or an interview that is the subject stays the source", () => {
    expect(sourceOf("The statement said the talks had failed.")).toBe("The statement");
    expect(sourceOf("In the interview, the senator said the talks had failed.")).toBe("the senator");
  });
});

describe("a negative contraction between the subject and the cue", () => {
  it("'hasn't', 'didn’t', 'doesn't' are skipped like 'has not'", () => {
    expect(sourceOf("He didn’t say that he would run.", "say")).toBe("He");
    expect(sourceOf("It doesn't tell you much about whether a person would be a good engineer.", "tell")).toBe("It");
    expect(sourceOf("Though Grassley hasn't expressed an inclination to convene public hearings, Obama should act.", "expressed")).toBe("Grassley");
  });
});

describe("a cue inside an opening adverbial clause", () => {
  it("reports no further than the clause's comma", () => {
    expect(byCue("Though Grassley hasn't expressed an inclination to convene public hearings, Obama should act.", "expressed")?.text)
      .toBe("an inclination to convene public hearings");
    expect(byCue("While Clinton said she would win, Sanders disagreed.")?.text).toBe("she would win");
  });
  it("after adverbs leading into it, after 'whether', and in a prepositional opening before a main clause", () => {
    expect(byCue("Even as Mr. Sanders criticizes Mr. Obama from the left, white Democrats may see it as a defence.", "criticizes")?.text).toBe("Mr. Obama from the left");
    expect(byCue("Whether he wanted to admit it or not, Trump has understood that rates matter.", "wanted")?.text).toBe("to admit it or not");
    expect(byCue("Among those who expressed sympathy for the group, voters are evenly divided.", "expressed")?.text).toBe("sympathy for the group");
    // (an opening "according to" is no scene: what follows its comma is what was said)
    expect(byCue("According to officials, the troops have arrived.", "According to")?.text).toBe("the troops have arrived.");
  });
});

describe("a cue's particle after an adverb or a hearer", () => {
  it("'spoke briefly about', 'talked with reporters about', 'spoke about': what follows the particle was said", () => {
    const a = byCue("Sanders spoke about income inequality.", "spoke about");
    expect(a?.source?.text).toBe("Sanders");
    expect(a?.text).toBe("income inequality.");
    expect(byCue("Clinton talked with reporters about her emails on Tuesday.", "talked with reporters about")?.text).toBe("her emails on Tuesday.");
    expect(byCue("Lopez stopped by this year, and spoke briefly about the cancellation of his show.", "spoke briefly about")?.source?.text).toBe("Lopez");
  });
  it("without the particle, 'speak' still wants a 'that' or a quotation", () => {
    expect(said("Obama spoke to the nation on Tuesday.").quotes).toHaveLength(0);
  });
});

describe("a plural noun the tagger reads as a verb right before the finite verb", () => {
  it("'Other refugee advocates also said', 'Cleveland police have insisted': the noun heads the subject", () => {
    expect(sourceOf("Other refugee advocates also said the government should go further.")).toBe("Other refugee advocates");
    expect(sourceOf("Cleveland police have insisted they are prepared.", "insisted")).toBe("Cleveland police");
  });
  it("not a verb of thinking that lost its clause's subject: 'a base that Beck fears will be used'", () => {
    const q = byCue("They built a base there that Beck fears will be used against them.", "fears");
    expect(q?.source?.text).toBe("Beck");
  });
});

describe("'also asked' after its subject", () => {
  it("'He also asked if…' has its asker; 'when asked' after a cue has none", () => {
    expect(sourceOf("He also asked if parents would be willing to vote for him.", "asked")).toBe("He");
    const q = byCue("“I stand by it,” Smith said when asked whether he would apologize.", "asked");
    expect(q?.source).toBeNull();
  });
});

describe("a state of mind in the passive", () => {
  it("'they are convinced that…': the subject holds the belief", () => {
    expect(sourceOf("But they are convinced that the president could have done more.", "convinced")).toBe("they");
  });
  it("an ordinary passive has no source without 'by'", () => {
    expect(byCue("The plan was announced on Friday that taxes would rise.", "announced")?.source ?? null).toBeNull();
  });
});

describe("a prepositional phrase opening the clause", () => {
  it("holds no subject: 'In an interview, Steve Huhn, a former executive, said…'", () => {
    expect(sourceOf("In an interview, Steve Huhn, a former HP vice president of global sales, said Fiorina was involved.")).toBe("Steve Huhn");
  });
  it("'In a video posted to her account, she criticized Singer and challenged him…': the coordinated cue shares 'she' and takes nothing before it", () => {
    const text = "In a video posted to her Facebook account, she criticized Singer and challenged him to a debate.";
    const challenged = byCue(text, "challenged");
    expect(challenged?.source?.text).toBe("she");
    expect(challenged?.text).toBe("him to a debate.");
    expect(byCue(text, "criticized")?.text).toBe("Singer");
  });
});

describe("a noun and its gerund after a comma (an absolute construction)", () => {
  it("the noun is the gerund's source, not the main clause's subject", () => {
    expect(sourceOf("The two have taken aim at one another, both candidates acknowledging that they could be competing.", "acknowledging")).toBe("both candidates");
  });
  it("but a medium after a preposition says it itself: 'was spent on ads attacking…'", () => {
    expect(sourceOf("More than $800,000 was spent on ads attacking his rivals for the nomination.", "attacking")).toBe("ads");
    // (a medium the subject put out is the subject's, as is a newspaper's name after "to")
    expect(sourceOf("The council issued a statement saying the vote was final.", "saying")).toBe("The council");
    expect(sourceOf("He sent a memo to The Washington Post in April explaining his plan.", "explaining")).toBe("He");
  });
  it("without the comma, a gerund after an object still belongs to the subject", () => {
    expect(sourceOf("Cruz is making a pitch to voters saying he is the true conservative.", "saying")).toBe("Cruz");
  });
  it("but a subject pronoun before the gerund is never an object: '…, but he’s not predicting…', 'I wasn't talking about…'", () => {
    expect(sourceOf("Dayton is backing Hillary Clinton, but he’s not predicting she’ll win the caucuses.", "predicting")).toBe("he’s");
    expect(sourceOf("He attacked the press on Monday, but I wasn’t talking about Hillary at all.", "talking about")).toBe("I");
    // (nor is one after an auxiliary and an adverb: "is already claiming" is the clause's verb)
    expect(sourceOf("The final results aren’t in, but John Kasich’s campaign is already claiming victory in the governor’s bracket.", "claiming")).toBe("John Kasich’s campaign");
  });
  it("but people named as the object say it themselves: 'included staff members suggesting…', 'got people talking about…'", () => {
    expect(sourceOf("The emails included staff members suggesting someone should question his faith.", "suggesting")).toBe("staff members");
    expect(sourceOf("The meeting got people talking about whether this could mean a joint ticket.", "talking about")).toBe("people");
    // (people after a preposition are the ones spoken to or about: "to voters saying…" above)
    expect(sourceOf("The campaign sent an email to supporters saying the race was close.", "saying")).toBe("The campaign");
  });
  it("and an organisation backs or opposes on its own: 'gave $10 million to a group backing Bush'", () => {
    expect(sourceOf("Starr gave $10 million to a group backing Bush, the former governor.", "backing")).toBe("a group");
    expect(sourceOf("Donors gave money to a super PAC supporting Clinton.", "supporting")).toBe("a super PAC");
    // (what it says is still the subject's message: "issued a statement saying…" above)
  });
  it("ends what a modifying gerund backs at the clause's verb, and skips it to the subject: 'Republicans supporting the bill have said…'", () => {
    expect(byCue("The super PAC backing Hillary Clinton is using its muscle to undo a narrative.", "backing")?.text).toBe("Hillary Clinton");
    expect(sourceOf("Lawmakers supporting the bill have said they will have the votes.")).toBe("Lawmakers");
  });
});

describe("a coordinated verb with an adverb, and a participle after it", () => {
  it("'Warren appeared with Maddow and officially endorsed Clinton, saying…': all three are Warren's", () => {
    const text = "Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying she is a fighter.";
    expect(sourceOf(text, "endorsed")).toBe("Warren");
    expect(sourceOf(text, "saying")).toBe("Warren");
    expect(sourceOf("Khizr Khan pulled his copy of the Constitution from his pocket and defiantly offered to loan it to Trump.", "offered")).toBe("Khizr Khan");
  });
});

describe("a quotation signed with a dash", () => {
  it("'\"…pay zero taxes.\"\\n\\n- Sanders.': the name after the dash is the source", () => {
    const text = 'Her bill went nowhere.\n\n"Boeing and GE and other multinationals pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.';
    const q = byCue(text, "-");
    expect(q?.source?.text).toBe("Sanders");
    expect(q?.text).toBe('"Boeing and GE and other multinationals pay zero taxes."');
    expect(sourceOf('"Great speech. She is ready." -President Obama, tweeting after the speech.', "-")).toBe("President Obama");
  });
  it("not a dash that opens a clause: '\"…\" - Obama said later'", () => {
    expect(byCue('"We will win." - Obama said later that day.', "-")).toBeUndefined();
  });
});

describe("more plural subjects before a bare cue the tagger read as a noun", () => {
  it("'But many mention…', 'Supporters of the law hope…', 'Some Americans say: …'", () => {
    expect(sourceOf("But many mention Obama and his legacy only in passing.", "mention")).toBe("many");
    expect(sourceOf("Supporters of the law hope this is just a transition period.", "hope")).toBe("Supporters of the law");
    const q = byCue("Some Americans say: It's time for us to get out.", "say");
    expect(q?.source?.text).toBe("Some Americans");
    expect(q?.text).toBe("It's time for us to get out.");
  });
});

describe("a 'which' clause ending the sentence after what was said", () => {
  it("is the writer's comment, not part of the content", () => {
    expect(byCue("Trump said he was being “sarcastic” in his comments, which raised concerns among security experts.")?.text)
      .toBe("he was being “sarcastic” in his comments");
  });
  it("one in the middle, closed by a comma, stays", () => {
    expect(byCue("Smith said the plan, which passed on Monday, would fail.")?.text).toBe("the plan, which passed on Monday, would fail.");
  });
});

describe("a second clause with a pronoun subject ends what was said", () => {
  it("after ', though', ', while' as after 'and', and with a bare present verb ('they believe')", () => {
    expect(byCue("Those surveyed say stricter gun laws would help prevent gun violence, though they blame failures in the mental health system.", "say")?.text)
      .toBe("stricter gun laws would help prevent gun violence");
    const text = "Voters say the economy is bad, and they believe Trump can fix it.";
    expect(byCue(text, "say")?.text).toBe("the economy is bad");
    expect(byCue(text, "believe")?.text).toBe("Trump can fix it.");
  });
});

describe("the one accused or blamed is part of what was said", () => {
  it("'accused Clinton of…', 'blame failures … for mass shootings'", () => {
    expect(byCue("Sanders accused Clinton of being too reliant on Wall Street.", "accused")?.text).toBe("Clinton of being too reliant on Wall Street.");
    expect(byCue("They blame failures in the mental health system, not gun laws, for mass shootings.", "blame")?.text)
      .toBe("failures in the mental health system, not gun laws, for mass shootings.");
  });
  it("a hearer after 'told' is still skipped", () => {
    expect(byCue("Gillibrand told host Chris Cuomo she believed Clinton would release the transcripts.", "told")?.text).toBe("she believed Clinton would release the transcripts.");
  });
});

describe("a quotation, a phrase, then an inverted cue", () => {
  it("'\"This will be a challenge\" for Clinton, said Kunin.': Kunin said it", () => {
    const q = byCue('"This will be a challenge" for Clinton, said Kunin.', "said");
    expect(q?.source?.text).toBe("Kunin");
    expect(q?.text).toBe('"This will be a challenge" for Clinton');
  });
});

describe("resolution of surnames the tagger misses and of titles", () => {
  const text = "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.\n\n"
    + "Macron told reporters he was optimistic. The French president later added that talks would continue. Merkel, 70, declined to comment.";
  it("'Macron told…' at a sentence's start is Emmanuel Macron, as is 'the French president'", () => {
    const out = said(text);
    expect(speakerByCue(out, "told")).toBe("Emmanuel Macron");
    expect(speakerByCue(out, "added")).toBe("Emmanuel Macron");
    expect(speakerByCue(out, "declined")).toBe("Angela Merkel");
  });
  it("a title two people share resolves to neither", () => {
    const out = said("President Barack Obama said the deal was good. President Donald Trump said it was bad. The president said he would decide soon.");
    expect(out.quotes[2].speaker).not.toMatch(/Obama|Trump/);
  });
});

describe("resolution of organisations, titles and names with 'of'", () => {
  const text = "Russian Foreign Minister Sergei Lavrov, speaking in Geneva, warned that Russia would respond. The minister said talks were pointless.\n\n"
    + "Amnesty International said in a statement that civilians must be protected. The group urged all sides to show restraint.\n\n"
    + "The Kremlin denounced the move. Former Secretary of State John Kerry said the talks had failed.";
  const out = said(text);
  it("'the minister' is the one minister the article named", () => {
    expect(speakerByCue(out, "warned")).toBe("Sergei Lavrov");
    expect(speakerOf(out, "talks were")).toBe("Sergei Lavrov");
  });
  it("'the group' is the organisation last spoken of, named in full ('Amnesty International')", () => {
    expect(speakerOf(out, "that civilians")).toBe("Amnesty International");
    expect(speakerByCue(out, "urged")).toBe("Amnesty International");
  });
  it("'The Kremlin' is a name of its own; a title with 'of' before a full name is a title", () => {
    expect(speakerByCue(out, "denounced")).toBe("Kremlin");
    expect(speakerOf(out, "the talks")).toBe("John Kerry");
  });
  it("'a spokesman for Governor Andrew Cuomo' is the spokesman", () => {
    expect(sourceOf("A spokesman for Governor Andrew Cuomo said the city was ready.")).toBe("A spokesman for Governor Andrew Cuomo");
    expect(said("A spokesman for Governor Andrew Cuomo said the city was ready.").quotes[0].speaker).not.toBe("Andrew Cuomo");
  });
  it("'Secretary of State' before a name the tagger does not know as a person's is the title: 'Former Secretary of State Madeleine Albright'", () => {
    const { quotes, speakers } = said("Former Secretary of State Madeleine Albright said the election mattered. Secretary of the Treasury Jack Lew said the deal would pass.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Madeleine Albright", "Jack Lew"]);
    expect(speakers.map((s) => [s.kind, s.title])).toEqual([["person", "Former Secretary of State"], ["person", "Secretary of the Treasury"]]);
  });
  it("a capitalised plural of people and a share of people are groups: 'Voters said', 'Palestinians fear', '72 percent of Democrats said'", () => {
    const { speakers } = said("Voters said the race was close. Palestinians fear the worst. 72 percent of Democrats said yes. Half of the voters said they would stay home.");
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([["Voters", "group"], ["Palestinians", "group"], ["72 percent of Democrats", "group"], ["Half of the voters", "group"]]);
  });
  it("'St. Paul' is a place's name, not 'Paul' with the title 'St.'", () => {
    const { quotes, speakers } = said("St. Paul said it would not welcome him.");
    expect(quotes[0].speaker).toBe("St. Paul");
    expect(speakers[0].title).toBeNull();
  });
});

describe("'the bank', 'the ministry': the name written before with that word in it", () => {
  it("resolves to 'Bank of England', 'Ministry of Defence'; a British MP's title is a title", () => {
    const out = said("The Bank of England raised interest rates. The bank said inflation remained high. Officials at the Ministry of Defence declined to comment. The ministry said later that troops were ready. Labour MP Diane Abbott said the decision would hurt families. She told the BBC that ministers had lost touch.");
    expect(speakerOf(out, "inflation")).toBe("Bank of England");
    expect(speakerOf(out, "that troops")).toBe("Ministry of Defence");
    expect(speakerOf(out, "the decision")).toBe("Diane Abbott");
    expect(speakerOf(out, "that ministers")).toBe("Diane Abbott");
  });
});

describe("a company story: titles before names, a name in apposition after an inverted cue, an organisation's apposition", () => {
  const text = "Apple Inc. reported record revenue on Thursday. The company said iPhone sales rose 6%. Chief Executive Tim Cook told analysts that demand was strong.\n\n"
    + "Samsung, its main rival, said it expected weaker sales. The South Korean company blamed higher chip costs.\n\n"
    + "\"We are cautious,\" said Samsung's chief financial officer, Park Hark-kyu. He declined to give a forecast.";
  const out = said(text);
  it("resolves each to the right entity", () => {
    expect(speakerOf(out, "iPhone sales")).toBe("Apple Inc");
    expect(speakerOf(out, "that demand")).toBe("Tim Cook");
    expect(speakerOf(out, "it expected")).toBe("Samsung");
    expect(speakerOf(out, "\"We are cautious")).toBe("Park Hark-kyu");
    expect(speakerOf(out, "to give a forecast")).toBe("Park Hark-kyu");
  });
  it("'The company blamed higher chip costs' is active: the company is the source", () => {
    expect(out.quotes.find((q) => q.cue?.text === "blamed")?.source?.text).toBe("The South Korean company");
  });
});

describe("an organisation's name with a possessive, and its acronym later", () => {
  it("'The Women's Tennis Association said…' then 'The WTA added…': one speaker", () => {
    const { quotes } = said("The Women's Tennis Association said in a statement that attendance had set a record. The WTA added that it would expand the tournament next year.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Women's Tennis Association", "Women's Tennis Association"]);
  });
  it("a person's possessive before a common noun is no organisation's name", () => {
    expect(said("Trump's campaign said it raised money.").quotes[0].speaker).toBe("Trump's campaign");
  });
});

describe("a pronoun opening its sentence", () => {
  it("continues the previous sentence's subject, not a name met later in it", () => {
    expect(said("President Joe Biden met Vladimir Putin in Geneva on Wednesday. He said the talks were constructive.").quotes[0].speaker).toBe("Joe Biden");
    expect(said("Angela Merkel spoke with Theresa May by phone. She said Brexit talks would continue.").quotes[0].speaker).toBe("Angela Merkel");
  });
  it("but not a name inside a quotation that opened the previous sentence", () => {
    const out = said('"Joe Biden is weak," Donald Trump said on Monday. He added that he would win.');
    expect(speakerByCue(out, "added")).toBe("Donald Trump");
  });
});

describe("the object of a hearer-taking cue that names no one", () => {
  it("'urged a strong stand, saying…': the object is what was urged", () => {
    const text = "Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise Netanyahu would exploit the divide.";
    expect(byCue(text, "urged")?.text).toBe("a strong stand");
    expect(sourceOf(text, "saying")).toBe("Rahm Emanuel, his chief of staff");
  });
  it("a hearer is still skipped: 'told reporters that…', and a bare 'told reporters' says nothing", () => {
    expect(byCue("Obama told reporters that the talks had failed.", "told")?.text).toBe("that the talks had failed.");
    expect(said("Obama told reporters on Friday.").quotes).toHaveLength(0);
  });
});

describe("a noun of saying with its sayer after 'from'", () => {
  it("'faced criticism from rivals that…', 'criticism from Clinton about…'", () => {
    const q = byCue("Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment.", "criticism from");
    expect(q?.source?.text).toBe("rivals");
    expect(q?.text).toBe("that the tenor of his campaign has created an unsafe environment");
    expect(sourceOf("He will face stepped-up criticism from Clinton about who can advance a progressive agenda.", "criticism from")).toBe("Clinton");
  });
  it("nothing without a complement: 'The plan drew criticism from Democrats in Congress.'", () => {
    expect(said("The plan drew criticism from Democrats in Congress.").quotes).toHaveLength(0);
  });
});

describe("where the content of a particle or participle cue ends", () => {
  it("'pointing to his record … and saying that…': the 'that' is the second participle's", () => {
    const text = "He ducked, pointing to his record in the Florida Legislature and saying that presidents need executive experience.";
    expect(byCue(text, "pointing to")?.text).toBe("his record in the Florida Legislature");
    expect(byCue(text, "saying")?.text).toBe("that presidents need executive experience.");
  });
  it("'has spoken about Palestinian dignity in a manner that…': what follows the particle", () => {
    expect(byCue("The senator has spoken about Palestinian dignity in a manner that is unusual.", "spoken about")?.text)
      .toBe("Palestinian dignity in a manner that is unusual.");
  });
  it("'calling for Fiorina's firing and carrying signs': ends at the next participle", () => {
    expect(byCue("The workers had gathered at the center, calling for Fiorina's firing and carrying signs.", "calling for")?.text).toBe("Fiorina's firing");
  });
});

describe("attributions nested in another's content", () => {
  it("drops a belief inside what someone said: it is the speaker's claim, not a statement of its own", () => {
    const out = said("Kelly said she asked for the interview because she wanted to improve their relationship.");
    expect(out.quotes.map((q) => q.cue?.text)).toEqual(["said"]);
    expect(said("“I think we should go now,” he said.").quotes.map((q) => q.cue?.text)).toEqual(["said"]);
  });
  it("drops what is said inside a finding", () => {
    expect(said("Records show that Clinton said she would run again.").quotes.map((q) => q.cue?.text)).toEqual(["show"]);
  });
  it("keeps speech inside speech, and a belief that stands alone", () => {
    expect(said("He said that Clinton told him the party was over.").quotes.map((q) => q.cue?.text)).toEqual(["said", "told"]);
    expect(said("The senator wants the bill to pass. Kelly said she was tired.").quotes.map((q) => q.cue?.text)).toEqual(["wants", "said"]);
  });
});

describe("titles and roles", () => {
  const titleOf = (out: { speakers: SpeakerFact[] }, name: string) => out.speakers.find((s) => s.name === name)?.title;
  it("takes a role in apposition before the name, and resolves 'the minister' to its holder", () => {
    const out = said(`Kenya's environment minister, Soipan Tuya, said the money was not enough. John Podesta disagreed. "Honesty would mean paying," the minister said.`);
    expect(titleOf(out, "Soipan Tuya")).toBe("Kenya's environment minister");
    expect(speakerOf(out, "Honesty would mean")).toBe("Soipan Tuya");
  });
  it("takes a role in apposition after an inverted source, with its prepositional phrase, without its article or possessive pronoun", () => {
    const out = said(`"They could guard the border," said Valeriy Ryabykh, editor of the Ukrainian publication Defence Express.`);
    expect(titleOf(out, "Valeriy Ryabykh")).toBe("editor of the Ukrainian publication Defence Express");
    expect(titleOf(said(`"We will appeal," said Tom Becker, the group's lead counsel.`), "Tom Becker")).toBe("group's lead counsel");
    expect(titleOf(said(`The Kremlin was angry. Its spokesman, Dmitry Peskov, said the move was dangerous.`), "Dmitry Peskov")).toBe("spokesman");
  });
  it("takes a capitalised word before a title word as part of the title: 'Transport Secretary', 'City captain'", () => {
    const out = said("Transport Secretary Louise Haigh said she would meet both sides. She described the strike as regrettable.");
    expect(out.speakers.find((s) => s.name === "Louise Haigh")?.title).toBe("Transport Secretary");
    // (not a day before it: "On Tuesday President Carlos Mendez said")
    expect(said("On Tuesday President Carlos Mendez said the vote was fair.").speakers[0].title).toBe("President");
  });
  it("gives no role from an aside that is no title, and none from an honorific", () => {
    expect(titleOf(said(`Tom Becker, who runs the group, said they would appeal.`), "Tom Becker")).toBeNull();
    expect(titleOf(said(`"We will appeal," said Tom Becker, adding that the fight was not over.`), "Tom Becker")).toBeNull();
    const out = said(`Prime Minister Keir Starmer faced questions. Mr Starmer said the government would not change course.`);
    expect(titleOf(out, "Keir Starmer")).toBe("Prime Minister");
    expect(titleOf(said(`Tom Becker spoke first. Mr Becker said the fight was not over.`), "Tom Becker")).toBeNull();
  });
});

describe("who a pronoun or a role points to", () => {
  it("gives a surname alone the gender its full name showed", () => {
    const out = said(`President Carlos Mendez won. Ruiz said she had called Mendez to congratulate him. "We respect the decision," she said.`);
    expect(speakerOf(out, "We respect the decision")).not.toBe("Carlos Mendez");
  });
  it("makes a name with a person's role in apposition a person ('Elena Park, a political scientist at…')", () => {
    const out = said(`"This is a polarised electorate," said Elena Park, a political scientist at the National University. She said turnout had been high.`);
    const park = out.speakers.find((s) => s.name === "Elena Park")!;
    expect(park.kind).toBe("person");
    expect(park.title).toBe("political scientist at the National University");
    expect(speakerOf(out, "turnout had been high")).toBe("Elena Park");
  });
  it("leaves the day before a subject out of it: 'On Tuesday President Carlos Mendez said', 'in 2013 that investigators concluded'", () => {
    expect(sourceOf("On Tuesday President Carlos Mendez said the vote was fair.")).toBe("President Carlos Mendez");
    expect(sourceOf("On Sunday morning Mr. Trump said the issue was terrorism.")).toBe("Mr. Trump");
    // (a day's possessive is the subject's: "Monday's report said")
    expect(sourceOf("On balance, Monday's report said the economy was growing.")).toBe("Monday's report");
  });
  it("keeps people 'from' an organisation in the source ('Officials from the ministry said')", () => {
    expect(sourceOf("Officials from the ministry said the vote was peaceful.")).toBe("Officials from the ministry");
    expect(sourceOf("Election observers from the European Union said the vote was peaceful.")).toBe("Election observers from the European Union");
  });
});

describe("overlapping attributions and the words around them", () => {
  it("reads a bare verb form before a plural noun and its verb as a modifier: 'campaign officials said', 'exit polls suggested'", () => {
    expect(sourceOf("In all, the senator has raised $73 million for his battle, campaign officials said.")).toBe("campaign officials");
    expect(sourceOf("Officials said the campaign needs money.")).toBe("Officials");
  });
  it("reads 'the firm' before a verb as a noun phrase, not after 'a' ('a firm focused on…')", () => {
    expect(sourceOf("The firm said it would cut jobs.")).toBe("The firm");
    expect(said("He founded Henry Realty, a firm focused on property deals.").quotes).toEqual([]);
  });
  it("words that say nothing: 'focused on' (what a campaign does), 'advised' (mostly a job), an adjective before 'that'", () => {
    expect(said("The campaign focused on Iowa in its final week.").quotes).toEqual([]);
    expect(said("Weber, who advised the 2008 nominee, is no fan of Trump.").quotes.map((q) => q.cue?.text)).not.toContain("advised");
    expect(said("It was clear that the result would be chaos.").quotes).toEqual([]);
    expect(said("It is not clear that the administration could have changed the outcome.").quotes).toEqual([]);
  });
  it("ends what was said before a trailing source and cue it would run over", () => {
    const out = said("The campaign said the candidate will attend the rally, CNN reported.");
    expect(byCue("The campaign said the candidate will attend the rally, CNN reported.")?.text).toBe("the candidate will attend the rally");
    expect(out.quotes.find((q) => q.cue?.text === "reported")?.text).toBe("The campaign said the candidate will attend the rally");
    // (and a belief so cut that falls inside another's content is dropped)
    expect(said("Voters want change, she believes.").quotes.map((q) => q.cue?.text)).toEqual(["believes"]);
  });
  it("takes no clause before a verb of belief or intent that has an object of its own", () => {
    const text = "Jeb Bush pointed out that since Manning was supporting him in his campaign, he would support the Broncos.";
    expect(byCue(text, "support")?.text ?? "").not.toContain("Manning");
    expect(byCue(text, "pointed out")?.source?.text).toBe("Jeb Bush");
    // (but one with none still has what comes before as its content)
    expect(one("Voters have had enough, she believes.").text).toBe("Voters have had enough");
  });
});

describe("organisations named before they speak", () => {
  it("takes 'the company' for the business last named, though it never spoke", () => {
    const out = said("The warehouse belonged to Brightway Logistics. Police said the fire was deliberate. The company estimated the damage at £3m.");
    expect(speakerByCue(out, "estimated")).toBe("Brightway Logistics");
    // (not a person's or a place's name: "the company" after "Jim Holt" or "Greater Manchester" alone is no one named)
    expect(speakerByCue(said("Jim Holt lives in Greater Manchester. The company estimated the damage at £3m."), "estimated")).toBe("company");
  });
  it("names 'a spokesman for the firm' with the firm's name", () => {
    const out = said("The warehouse belonged to Brightway Logistics. A spokesman for the firm said staff had been sent home.");
    expect(speakerByCue(out, "said")).toBe("spokesman for Brightway Logistics");
    // (with no business named, the words stay)
    expect(speakerByCue(said("A spokesman for the firm said staff had been sent home."), "said")).toBe("spokesman for the firm");
  });
  it("keeps 'and' inside an organisation's name", () => {
    expect(speakerOf(said("Greater Manchester Fire and Rescue Service said 60 firefighters had tackled the blaze."), "60 firefighters")).toBe("Greater Manchester Fire and Rescue Service");
  });
});

describe("a name joined to a plural phrase, and a cue with its particle", () => {
  it("takes 'Hawkins and others' and 'Smith and other officials' whole as the source, not an object before 'and'", () => {
    expect(sourceOf("Hawkins and others said the plan would fail.")).toBe("Hawkins and others");
    expect(sourceOf("Smith and other officials said the plan would fail.")).toBe("Smith and other officials");
    expect(sourceOf("Trump attacked Clinton and voters said the plan would fail.")).toBe("voters");
  });
  it("takes what follows a cue and its particle as content, not the opening phrase before its subject", () => {
    const q = byCue("In new radio ads released Wednesday, Trump and his supporters talk about the plan to strengthen the military.", "talk about");
    expect(q?.text).toBe("the plan to strengthen the military.");
    expect(q?.source?.text).toBe("Trump and his supporters");
  });
});

describe("a participle that describes the noun after it", () => {
  it("is no cue: 'won 758 pledged delegates', 'include pledged delegates'", () => {
    expect(said("Trump so far has won 758 pledged delegates, compared to Cruz's 538.").quotes).toEqual([]);
    expect(said("The figures include pledged delegates and superdelegates.").quotes).toEqual([]);
  });
  it("is none after a possessive, an adjective or 'more', though the tagger makes the noun a verb: 'nearly 400 pledged delegates is…'", () => {
    expect(said("Her lead of nearly 400 pledged delegates is triple the lead Obama had.").quotes).toEqual([]);
    expect(said("Clinton garnered most of the convention’s pledged delegates after winning California.").quotes).toEqual([]);
    expect(said("Clinton has won more pledged delegates, but Sanders has had the momentum.").quotes).toEqual([]);
    expect(said("The Washington Post's repeated requests for comment went unanswered.").quotes).toEqual([]);
    // (an adverb the tagger calls an adjective after an auxiliary leaves the verb a verb)
    expect(byCue("Anuzis, who has long dismissed attempts to unhorse Trump, floated a ticket.", "dismissed")?.text).toContain("attempts to unhorse Trump");
  });
  it("but is one after an auxiliary or a subject: 'has pledged', 'Sanders pledged'", () => {
    expect(byCue("Dayton has pledged his support to Clinton.", "pledged")?.source?.text).toBe("Dayton");
    expect(byCue("Sanders pledged to support Clinton as the nominee.", "pledged")?.source?.text).toBe("Sanders");
  });
});

describe("verbs that characterise, compare, credit or rebut, and 'consider'", () => {
  it("are cues with an object: characterized, credited, congratulated", () => {
    expect(byCue("She characterized the plan as reckless.", "characterized")?.text).toBe("the plan as reckless.");
    expect(byCue("Trump credited his team with the win.", "credited")?.source?.text).toBe("Trump");
    expect(byCue("Clinton congratulated Sanders on his victory.", "congratulated")?.text).toBe("Sanders on his victory.");
    expect(byCue("Trump compared the plan to a disaster.", "compared")?.text).toBe("the plan to a disaster.");
    expect(byCue("Most economists consider that the plan will fail.", "consider")?.source?.text).toBe("Most economists");
    expect(byCue("Clinton detailed her plan to raise taxes.", "detailed")?.text).toBe("her plan to raise taxes.");
    expect(byCue("Trump outlined his immigration policy in a speech.", "outlined")?.source?.text).toBe("Trump");
    expect(byCue("He persuaded the senator to back the bill.", "persuaded")?.text).toBe("the senator to back the bill.");
    expect(byCue("Trump taunted his rivals at the rally.", "taunted")?.source?.text).toBe("Trump");
    expect(byCue("The senator faulted the administration for the delays.", "faulted")?.text).toBe("the administration for the delays.");
    expect(byCue("She floated the idea of a tax on carbon.", "floated")?.text).toBe("the idea of a tax on carbon.");
    expect(byCue("He confessed that he had made a mistake.", "confessed")?.text).toBe("that he had made a mistake.");
    expect(byCue("The governor is contemplating a run for president.", "contemplating")?.source?.text).toBe("The governor");
    expect(byCue("Few analysts foresee a recession this year.", "foresee")?.text).toBe("a recession this year.");
  });
  it("but not as nouns: 'the new brand', 'the label'", () => {
    expect(said("The new brand sold well in Ohio. The label on the bottle was wrong.").quotes).toEqual([]);
  });
});

describe("an adjective of attitude after a copula", () => {
  it("is a cue from the copula, with 'that' or its preposition: 'is confident that', 'was critical of', 'were reluctant to'", () => {
    const a = byCue("Clinton is confident that she will win the nomination.", "is confident")!;
    expect(a.source?.text).toBe("Clinton");
    expect(a.text).toBe("that she will win the nomination.");
    expect(byCue("Sanders was sternly critical of the trade agreement.", "was sternly critical of")?.text).toBe("the trade agreement.");
    expect(byCue("Republicans were reluctant to join the new coalition.", "were reluctant to")?.source?.text).toBe("Republicans");
    expect(byCue("Voters are worried about the economy.", "are worried about")?.text).toBe("the economy.");
    expect(byCue("Aides are confident in her chances.", "are confident in")?.source?.text).toBe("Aides");
  });
  it("yields to a cue after 'to', lending it its subject: 'were eager to say that…', 'have been reluctant to reveal…'", () => {
    const a = said("Republicans were eager to say that the plan had failed.").quotes;
    expect(a.map((q) => [q.cue?.text, q.text])).toEqual([["were eager to say", "that the plan had failed."]]);
    expect(byCue("Her strategists have been reluctant to reveal their playbook.", "been reluctant to reveal")?.source?.text).toBe("Her strategists");
  });
  it("is none without them, or with a preposition it does not take: 'is certain to fail', 'is open to new members'", () => {
    expect(said("The plan is certain to fail. The door is open to new members. She was happy.").quotes).toEqual([]);
  });
});

describe("a surname alone", () => {
  it("is the person met with it, though the tagger does not know the name", () => {
    const out = said(`Manchester City manager Pep Guardiola said his side had been robbed. "I have never seen a decision like that," Guardiola told reporters.`);
    expect(speakerOf(out, "never seen a decision")).toBe("Pep Guardiola");
    expect(out.speakers.map((s) => s.name)).not.toContain("Guardiola");
  });
  it("is not an organisation's word that happens to follow a person: 'Arsenal said' after 'Arsenal boss Mikel Arteta'", () => {
    const out = said(`Arsenal boss Mikel Arteta defended the referee. Arsenal said it would not comment.`);
    expect(speakerOf(out, "would not comment")).not.toBe("Mikel Arteta");
  });
});

describe("groups and roles in a phrase", () => {
  it("resolves 'They' opening a sentence to the previous sentence's joined subject", () => {
    const out = said("Okoye and her colleagues followed 9,000 people. They found that memory scores fell faster.");
    expect(speakerByCue(out, "found")).toBe("Okoye and her colleagues");
    // (not when a group spoke since)
    const later = said("Okoye and her colleagues followed 9,000 people. Union leaders said the study was flawed. They said it would be challenged.");
    expect(later.quotes[later.quotes.length - 1].speaker).toBe("Union leaders");
  });
  it("takes a role word ending a phrase as its head: 'A Department for Environment spokesperson'", () => {
    const out = said("A Department for Environment spokesperson said new limits would come into force.");
    expect(out.speakers[0].name).toBe("Department for Environment spokesperson");
    expect(out.speakers[0].kind).toBe("person");
    expect(said("A military source in Russia's Far East said troops had arrived.").speakers[0].name).toBe("A military source in Russia's Far East");
  });
});

describe("phrasal verbs of speech", () => {
  it("are cues with their particle and the preposition after it: 'hit back at', 'lashed out at', 'weighed in on', 'spoke out against'", () => {
    expect(byCue("Trump hit back at his critics on Twitter.", "hit back at")?.text).toBe("his critics on Twitter.");
    expect(byCue("Sanders lashed out at the Democratic establishment.", "lashed out at")?.source?.text).toBe("Sanders");
    expect(byCue("Obama weighed in on the debate over guns.", "weighed in on")?.text).toBe("the debate over guns.");
    expect(byCue("Several senators spoke out against the plan.", "spoke out against")?.source?.text).toBe("Several senators");
    expect(byCue("Clinton brushed off the criticism.", "brushed off")?.text).toBe("the criticism.");
    expect(byCue("The governor laid out his budget plan.", "laid out")?.source?.text).toBe("The governor");
    expect(byCue("Aides played down the report.", "played down")?.source?.text).toBe("Aides");
  });
  it("are none without the particle: 'will fire 200 workers', 'hit the ball'", () => {
    expect(said("The company will fire 200 workers. He hit the ball. They weigh the options. The road lay out of sight.").quotes).toEqual([]);
  });
});

describe("a cue inside what another said that borrows its source", () => {
  it("is part of that statement: 'responds that he does not need the rules to tell him…', 'announced his support for…'", () => {
    expect(said("Sanders responds that he does not need the rules to tell him the banks are too big.").quotes.map((q) => q.cue?.text)).toEqual(["responds"]);
    expect(said("He announced his support for the Ohio governor on Thursday night.").quotes.map((q) => q.cue?.text)).toEqual(["announced"]);
    // (a medium's gerund says what it says: "issued a statement saying…")
    expect(sourceOf("The council issued a statement saying the vote was final.", "saying")).toBe("The council");
  });
  it("but a verb joined by 'and' or 'but' is a second statement, and the first ends before it", () => {
    const out = said("Trump joked that Brooklyn was his answer, but went on to say, “There are places in America that are among the most dangerous in the world.”");
    expect(out.quotes.map((q) => q.cue?.text)).toEqual(["joked", "went on to say"]);
    expect(out.quotes[0].text).toBe("that Brooklyn was his answer");
    // (and one with a source of its own stays: speech inside speech)
    expect(said("He said that Clinton told him the party was over.").quotes.map((q) => q.cue?.text)).toEqual(["said", "told"]);
  });
});
