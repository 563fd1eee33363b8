/** Units and currencies, as data: the written form (lower-case) → normalized unit and its kind. */
import type { QuantityKind } from "../facts.js";

export interface UnitInfo { unit: string; kind: QuantityKind }

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY" };

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  "%": { unit: "%", kind: "percent" }, percent: { unit: "%", kind: "percent" }, "per cent": { unit: "%", kind: "percent" },
  dollars: { unit: "USD", kind: "money" }, dollar: { unit: "USD", kind: "money" },
  pounds: { unit: "GBP", kind: "money" }, euros: { unit: "EUR", kind: "money" }, euro: { unit: "EUR", kind: "money" },
  mm: { unit: "mm", kind: "measure" }, cm: { unit: "cm", kind: "measure" }, m: { unit: "m", kind: "measure" },
  km: { unit: "km", kind: "measure" }, kg: { unit: "kg", kind: "measure" }, g: { unit: "g", kind: "measure" },
  miles: { unit: "mile", kind: "measure" }, mile: { unit: "mile", kind: "measure" },
  kilometres: { unit: "km", kind: "measure" }, kilometers: { unit: "km", kind: "measure" },
  metres: { unit: "m", kind: "measure" }, meters: { unit: "m", kind: "measure" },
  tonnes: { unit: "tonne", kind: "measure" }, tons: { unit: "ton", kind: "measure" },
  feet: { unit: "ft", kind: "measure" }, foot: { unit: "ft", kind: "measure" }, inches: { unit: "in", kind: "measure" },
  mph: { unit: "mph", kind: "measure" }, barrels: { unit: "barrel", kind: "measure" },
};
