/**
 * News agencies and outlets that sign datelines and credits, with the spellings seen in print.
 * `name` is how khabar reports it; `aliases` are matched on normalized text (alef forms, dots and
 * spaces folded), so "أ.ف.ب" and "ا ف ب" both find AFP.
 */
export interface Agency {
  name: string;
  aliases: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: "Reuters", aliases: ["reuters", "رويترز"] },
  { name: "AFP", aliases: ["afp", "a.f.p", "أ ف ب", "ا ف ب", "أف ب", "فرانس برس", "وكالة فرانس برس"] },
  { name: "AP", aliases: ["ap", "a.p", "associated press", "أ ب", "اسوشيتد برس", "أسوشيتد برس"] },
  { name: "dpa", aliases: ["dpa", "د ب أ", "د ب ا"] },
  { name: "Bloomberg", aliases: ["bloomberg", "بلومبرغ"] },
  { name: "UPI", aliases: ["upi"] },
  { name: "CNN", aliases: ["cnn", "سي إن إن"] },
  { name: "BBC", aliases: ["bbc", "بي بي سي"] },
  { name: "Xinhua", aliases: ["xinhua", "شينخوا"] },
  { name: "Anadolu", aliases: ["anadolu", "aa", "الأناضول"] },
  { name: "Sputnik", aliases: ["sputnik", "سبوتنيك"] },
  { name: "IRNA", aliases: ["irna", "إرنا"] },
  { name: "ANSA", aliases: ["ansa"] },
  { name: "EFE", aliases: ["efe"] },
  { name: "MENA", aliases: ["mena", "أ ش أ", "ا ش ا"] },
  { name: "SPA", aliases: ["spa", "واس"] },
  { name: "WAM", aliases: ["wam", "وام"] },
  { name: "QNA", aliases: ["qna", "قنا"] },
  { name: "KUNA", aliases: ["kuna", "كونا"] },
  { name: "BNA", aliases: ["bna", "بنا"] },
  { name: "ONA", aliases: ["ona", "العمانية"] },
  { name: "Petra", aliases: ["petra", "بترا"] },
  { name: "SANA", aliases: ["sana", "سانا"] },
  { name: "APS", aliases: ["aps", "واج"] },
  { name: "MAP", aliases: ["map", "و م ع", "لاماب"] },
  { name: "TAP", aliases: ["tap", "وات"] },
  { name: "NNA", aliases: ["nna", "الوكالة الوطنية للإعلام"] },
  { name: "WAFA", aliases: ["wafa", "وفا"] },
  { name: "INA", aliases: ["ina", "واع"] },
];

/**
 * Outlets that sign Arabic datelines with their own name ("إيلاف من لندن:", "بغداد - إيلاف:").
 * Reported as written.
 */
export const OUTLETS: readonly string[] = [
  "إيلاف", "الخبر", "الشروق", "البيان", "المدينة نيوز", "العربية", "الجزيرة", "العربية نت", "سكاي نيوز عربية",
  "الشرق الأوسط", "الأهرام", "اليوم السابع", "المصري اليوم", "الوطن", "الرياض", "عكاظ", "الخليج", "النهار",
  "السفير", "الأخبار", "القدس العربي", "العرب", "الراي", "القبس", "الصباح", "هسبريس", "النشرة", "عمون",
  "سبق", "مصراوي", "الوسط", "الحرة", "روسيا اليوم", "فرانس 24", "DW", "Al Jazeera",
];
