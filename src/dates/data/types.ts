/**
 * What the date reader knows about one language. Words are matched after `normalizeForMatch`
 * (alef and yeh forms folded, harakat and tatweel removed, lower case), so one spelling per fold
 * class is enough; variants that differ in letters (اغسطس / أغسطس are one class, يونيه / يونيو are
 * two) are listed.
 */
export interface LanguageDates {
  /** BCP 47 primary subtag. */
  lang: string;
  /** Month names and abbreviations; index 0 is January. A name may be two words ("كانون الثاني"). */
  months: readonly (readonly string[])[];
  /** Weekday names and abbreviations, in any order (the reader does not check them against the date). */
  weekdays: readonly string[];
  /** Words that mark the hours as morning (AM). */
  am?: readonly string[];
  /** Words that mark the hours as afternoon or evening (PM). */
  pm?: readonly string[];
  /** Short words that may stand between the parts of a date: "de" (24 de enero), "of", "le", "um", "à". */
  fillers?: readonly string[];
  /** Relative forms, read only against an explicit reference. */
  relative?: RelativeWords;
}

/** Units a relative form counts in. */
export type RelativeUnit = "minute" | "hour" | "day" | "week";

export interface RelativeWords {
  /** Words before the count: "منذ", "vor", "il y a" is three words: give each ("il", "y", "a") in order. */
  before?: readonly (readonly string[])[];
  /** Words after the unit: "ago". */
  after?: readonly (readonly string[])[];
  /** Unit words: singular, plural and (Arabic) dual forms; `count` is the number the word itself says (ساعتين = 2). */
  units: readonly { word: string; unit: RelativeUnit; count?: number }[];
  /** Words that mean one: "an", "a". */
  one?: readonly string[];
  /** Number words before a unit: "two" (2), "ثلاث" (3). */
  numbers?: Readonly<Record<string, number>>;
  /** Whole expressions meaning N days back: "yesterday" (1), "أول أمس" (2). */
  daysBack?: readonly { words: string; days: number }[];
  /** Words for today: a date only with a time after them ("Today at 3:05 PM", "اليوم 10:30"). */
  today?: readonly string[];
}
