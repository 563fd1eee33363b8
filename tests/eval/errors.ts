/** `--errors CATEGORY`: false positives and negatives with their context, the tool for improving extractors. */
import { matchOneToOne, spanScore, type Offsets } from "../../src/eval/match.js";
import { contentScore, sameSource, sameUnit, sameValue, systemChange, type GoldDocument, type SystemOutput } from "../../src/eval/score.js";

function context(text: string, s: Offsets, width = 60): string {
  const a = Math.max(0, s.start - width);
  const b = Math.min(text.length, s.end + width);
  return (text.slice(a, s.start) + "[[" + text.slice(s.start, s.end) + "]]" + text.slice(s.end, b)).replace(/\s+/g, " ");
}

const fmtValue = (v: unknown) => JSON.stringify(v);

export function listErrors(category: string, doc: GoldDocument, out: SystemOutput | undefined): string[] {
  const lines: string[] = [];
  const t = doc.text;
  if (category === "dates") {
    const gold = doc.gold.dates ?? [];
    const sys = out?.dates ?? [];
    const pairs = matchOneToOne(gold, sys, spanScore);
    const mg = new Set(pairs.map((p) => p[0]));
    const ms = new Set(pairs.map((p) => p[1]));
    gold.forEach((g, i) => { if (!mg.has(i)) lines.push(`FN  ${g.type} ${g.value}  ${context(t, g)}`); });
    sys.forEach((s, i) => { if (!ms.has(i)) lines.push(`FP  ${s.type} ${s.value}  ${context(t, s)}`); });
    for (const [gi, si] of pairs) {
      const g = gold[gi], s = sys[si];
      const what = [
        g.start !== s.start || g.end !== s.end ? `span "${t.slice(s.start, s.end)}" ≠ gold "${g.text}"` : "",
        g.value !== s.value ? `value ${s.value} ≠ gold ${g.value}` : "",
        g.type !== s.type ? `type ${s.type} ≠ gold ${g.type}` : "",
      ].filter(Boolean);
      if (what.length) lines.push(`ERR ${what.join("; ")}  (ref ${doc.date})  ${context(t, g)}`);
    }
  } else if (category === "places") {
    const adj = doc.gold.placeAdjectives ?? [];
    const outside = (m: Offsets) => !adj.some((a) => a.start < m.end && m.start < a.end);
    const gold = (doc.gold.places ?? []).filter(outside);
    type SysMention = Offsets & { name?: string; geonameId?: number | null; lat?: number | null; lon?: number | null };
    const sys: SysMention[] = (out?.places ?? []).flatMap((p) => p.mentions.map((m) => ({ ...m, ...p, start: m.start, end: m.end }))).filter(outside);
    const pairs = matchOneToOne(gold, sys, spanScore);
    const mg = new Set(pairs.map((p) => p[0]));
    const ms = new Set(pairs.map((p) => p[1]));
    gold.forEach((g, i) => { if (!mg.has(i)) lines.push(`FN  ${g.type} ${g.geonameId ?? ""}  ${context(t, g)}`); });
    sys.forEach((s, i) => { if (!ms.has(i)) lines.push(`FP  ${s.name ?? ""} ${s.geonameId ?? ""}  ${context(t, s)}`); });
    for (const [gi, si] of pairs) {
      const g = gold[gi], s = sys[si];
      if (g.start !== s.start || g.end !== s.end) lines.push(`SPAN "${t.slice(s.start, s.end)}" ≠ gold "${g.text}"  ${context(t, g)}`);
      if (g.geonameId != null && s.geonameId !== g.geonameId) {
        lines.push(`GEO "${g.text}" → ${s.name ?? "?"} ${s.geonameId ?? "unresolved"} (${s.lat ?? "?"},${s.lon ?? "?"}) ≠ gold ${g.geonameId} (${g.lat},${g.lon})`);
      }
    }
  } else if (category === "quantities") {
    const gold = doc.gold.quantities ?? [];
    const sys = out?.quantities ?? [];
    const pairs = matchOneToOne(gold, sys, (g, s) => (sameValue(g.value, s.value) ? 1 : 0));
    const mg = new Set(pairs.map((p) => p[0]));
    const ms = new Set(pairs.map((p) => p[1]));
    const bad: string[] = [];
    gold.forEach((g, i) => { if (!mg.has(i)) bad.push(`  FN  ${fmtValue(g.value)} ${g.unit} (${g.normalizedUnit}) ${g.change}`); });
    sys.forEach((s, i) => { if (!ms.has(i)) bad.push(`  FP  ${fmtValue(s.value)} ${s.unit ?? "-"} ${systemChange(s)}  "${"text" in s ? (s as { text: string }).text : ""}"`); });
    for (const [gi, si] of pairs) {
      const g = gold[gi], s = sys[si];
      if (!sameUnit(g, s.unit)) bad.push(`  UNIT ${fmtValue(g.value)}: "${s.unit ?? "-"}" ≠ gold "${g.unit}" (${g.normalizedUnit})`);
      if (systemChange(s) !== g.change) bad.push(`  CHANGE ${fmtValue(g.value)}: ${systemChange(s)} ≠ gold ${g.change}`);
    }
    if (bad.length) lines.push(`${doc.id}: ${t.replace(/\s+/g, " ")}`, ...bad);
  } else if (category === "speakers") {
    const gold = doc.gold.speakers ?? [];
    const sys = out?.quotes ?? [];
    const pairs = matchOneToOne(gold, sys, contentScore);
    const mg = new Set(pairs.map((p) => p[0]));
    const ms = new Set(pairs.map((p) => p[1]));
    const cut = (s: string) => (s.length > 100 ? s.slice(0, 100) + "…" : s).replace(/\s+/g, " ");
    gold.forEach((g, i) => { if (!mg.has(i)) lines.push(`FN  ${g.direct ? "direct" : "indirect"} source="${g.source?.text ?? ""}" cue="${g.cue?.text ?? ""}"  content="${cut(g.content.text)}"`); });
    sys.forEach((s, i) => { if (!ms.has(i)) lines.push(`FP  source="${s.source ? t.slice(s.source.start, s.source.end) : ""}"  content="${cut(t.slice(s.start, s.end))}"`); });
    for (const [gi, si] of pairs) {
      const g = gold[gi].source, s = sys[si].source;
      if (!sameSource(g, s)) {
        lines.push(`SRC "${s ? t.slice(s.start, s.end) : "(none)"}" ≠ gold "${g?.text ?? "(none)"}"  cue="${gold[gi].cue?.text ?? ""}"  content="${cut(gold[gi].content.text)}"`);
      }
    }
    if (lines.length) lines.unshift(`# ${doc.id}`);
  }
  return lines;
}
