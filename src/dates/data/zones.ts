/**
 * Zone names written after a time. `offset` is minutes east of UTC. US zones written generically
 * ("ET", "PT") follow the daylight-saving rule of that date (`dst` says which pair); written
 * explicitly ("EST", "EDT") they mean what they say. Ambiguous abbreviations (IST, AST, BST in
 * some places) are left out on purpose: no offset is better than a wrong one.
 */
export interface ZoneName {
  offset: number;
  /** For generic US zones: the offset in daylight-saving time. */
  dstOffset?: number;
}

export const ZONES: Readonly<Record<string, ZoneName>> = {
  utc: { offset: 0 }, gmt: { offset: 0 }, z: { offset: 0 }, ut: { offset: 0 },
  est: { offset: -300 }, edt: { offset: -240 }, et: { offset: -300, dstOffset: -240 },
  cst: { offset: -360 }, cdt: { offset: -300 }, ct: { offset: -360, dstOffset: -300 },
  mst: { offset: -420 }, mdt: { offset: -360 }, mt: { offset: -420, dstOffset: -360 },
  pst: { offset: -480 }, pdt: { offset: -420 }, pt: { offset: -480, dstOffset: -420 },
  akst: { offset: -540 }, akdt: { offset: -480 }, hst: { offset: -600 },
  wet: { offset: 0 }, west: { offset: 60 }, cet: { offset: 60 }, cest: { offset: 120 },
  mez: { offset: 60 }, mesz: { offset: 120 }, eet: { offset: 120 }, eest: { offset: 180 },
  msk: { offset: 180 }, jst: { offset: 540 }, kst: { offset: 540 }, aest: { offset: 600 }, aedt: { offset: 660 },
  // Arabic: "ت.غ" (توقيت غرينتش) is read by the tokenizer as "ت" "." "غ"; see ARABIC_ZONES.
};

/** Arabic zone phrases after "بتوقيت" / "توقيت" (normalized). */
export const ARABIC_ZONES: Readonly<Record<string, number>> = {
  "مكه": 180, "مكه المكرمه": 180, "السعوديه": 180, "الرياض": 180, "غرينتش": 0, "جرينتش": 0, "غرينيتش": 0,
  "الكويت": 180, "قطر": 180, "الدوحه": 180, "بغداد": 180, "الامارات": 240, "ابوظبي": 240, "دبي": 240,
  "ابو ظبي": 240, "مسقط": 240,
};

/** Words that introduce an Arabic zone phrase. */
export const ARABIC_ZONE_LEADS: readonly string[] = ["بتوقيت", "توقيت", "حسب توقيت"];
