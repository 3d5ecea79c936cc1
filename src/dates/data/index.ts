import { AR } from "./ar.js";
import { DE } from "./de.js";
import { EN } from "./en.js";
import { ES } from "./es.js";
import { FR } from "./fr.js";
import { IT } from "./it.js";
import { NL } from "./nl.js";
import { PT } from "./pt.js";
import type { LanguageDates } from "./types.js";

/** Every language the date reader knows. Month names never conflict across them (checked in tests). */
export const LANGUAGES: readonly LanguageDates[] = [EN, AR, FR, ES, DE, PT, IT, NL];

/**
 * Locales that write all-numeric dates month first (01/24/2023). Everything else is day first.
 * "en" without a region is the US convention, as in most English news sites.
 */
export const MONTH_FIRST_LOCALES: readonly string[] = ["en", "en-us", "en-ph", "en-ca", "en-um", "en-as", "en-gu", "en-pr", "en-vi", "en-mp"];
