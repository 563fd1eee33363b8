/**
 * Places as a GeoJSON FeatureCollection (RFC 7946): one Point feature per
 * place that has a point, its mentions and their count in the properties.
 * An unresolved place placed by the resolved place containing it carries
 * `resolved: false` and `near`; places with no point at all are left out of
 * the collection and named in `unresolved` for renderers that want to say so.
 */
import type { PlaceFact } from "../facts.js";

export interface PlaceFeature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    name: string; geonameId: number | null; countryCode: string | null; featureType: string | null;
    match: PlaceFact["match"]; resolved: boolean; near?: string;
    count: number; mentions: { start: number; end: number; text: string }[];
    /** the document the place was found in, when the caller gives one */
    document?: string;
  };
}

export interface PlaceCollection {
  type: "FeatureCollection";
  features: PlaceFeature[];
  /** names of places found but not placed on the map */
  unresolved: string[];
}

export function placesToGeoJSON(places: readonly PlaceFact[], documentId?: string): PlaceCollection {
  const features: PlaceFeature[] = [];
  const unresolved: string[] = [];
  for (const p of places) {
    if (p.lat === null || p.lon === null) { unresolved.push(p.name); continue; }
    features.push({
      type: "Feature",
      // GeoJSON positions are [longitude, latitude]
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: {
        name: p.name, geonameId: p.geonameId, countryCode: p.countryCode, featureType: p.featureType, match: p.match,
        resolved: p.resolved, ...(p.near ? { near: p.near } : {}),
        count: p.mentions.length, mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
        ...(documentId !== undefined ? { document: documentId } : {}),
      },
    });
  }
  return { type: "FeatureCollection", features, unresolved };
}
