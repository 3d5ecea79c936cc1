import { normalizeForMatch } from "../language/normalize.js";
import { collapseSpaces } from "../language/spaces.js";
import { AGENCIES, OUTLETS } from "./data/agencies.js";

/** Normalizes an agency spelling: dots dropped, spaces collapsed, alef forms folded, lower case. */
function agencyKey(text: string): string {
  return collapseSpaces(normalizeForMatch(text.replace(/[.·]/g, " "))).trim();
}

const AGENCY_BY_KEY = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) AGENCY_BY_KEY.set(agencyKey(alias), agency.name);
}
const OUTLET_KEYS = new Set(OUTLETS.map(agencyKey));

/** The agency's reporting name ("أ.ف.ب" → "AFP"), or null when the text is not a known agency. */
export function knownAgency(text: string): string | null {
  return AGENCY_BY_KEY.get(agencyKey(text)) ?? null;
}

/** True when the text names a known agency or an outlet that signs datelines. */
export function isKnownSource(text: string): boolean {
  const key = agencyKey(text);
  return AGENCY_BY_KEY.has(key) || OUTLET_KEYS.has(key);
}
