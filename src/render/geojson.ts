/** GeoJSON: one Feature per resolved place, with its mentions, for maps and GIS tools. */
import type { DocumentFacts } from "../facts.js";

export interface Feature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export function placeFeatures(facts: DocumentFacts): Feature[] {
  return facts.places
    .filter((p) => p.lat !== null && p.lon !== null)
    .map((p) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [p.lon!, p.lat!] as [number, number] },
      properties: {
        document: facts.id,
        name: p.name,
        geonameId: p.geonameId,
        countryCode: p.countryCode,
        featureType: p.featureType,
        match: p.match,
        count: p.mentions.length,
        mentions: p.mentions,
      },
    }));
}
