/** GeoJSON output: one Feature per place with a point (places/geojson.ts builds them), for maps and GIS tools. */
import type { DocumentFacts } from "../facts.js";
import { placesToGeoJSON, type PlaceFeature } from "../places/geojson.js";

export function placeFeatures(facts: DocumentFacts): PlaceFeature[] {
  return placesToGeoJSON(facts.places, facts.id).features;
}
