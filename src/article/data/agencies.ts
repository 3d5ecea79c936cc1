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
  { name: "AFP", aliases: ["afp", "a.f.p", "أ ف ب", "ا ف ب", "أف ب", "فرانس برس", "وكالة فرانس برس", "الفرنسية", "agence france-presse"] },
  { name: "AP", aliases: ["ap", "a.p", "associated press", "the associated press", "أ ب", "اسوشيتد برس", "أسوشيتد برس", "أسوشييتد برس"] },
  { name: "dpa", aliases: ["dpa", "د ب أ", "د ب ا"] },
  { name: "Bloomberg", aliases: ["bloomberg", "بلومبرغ"] },
  { name: "UPI", aliases: ["upi"] },
  { name: "CNN", aliases: ["cnn", "سي إن إن", "سي ان ان"] },
  { name: "BBC", aliases: ["bbc", "بي بي سي"] },
  { name: "Xinhua", aliases: ["xinhua", "شينخوا"] },
  { name: "Anadolu", aliases: ["anadolu", "aa", "الأناضول", "وكالة الأناضول"] },
  { name: "Sputnik", aliases: ["sputnik", "سبوتنيك"] },
  { name: "IRNA", aliases: ["irna", "إرنا"] },
  { name: "ANSA", aliases: ["ansa"] },
  { name: "EFE", aliases: ["efe"] },
  { name: "MENA", aliases: ["mena", "أ ش أ", "ا ش ا", "وكالة أنباء الشرق الأوسط"] },
  { name: "SPA", aliases: ["spa", "واس", "وكالة الأنباء السعودية"] },
  { name: "WAM", aliases: ["wam", "وام", "وكالة أنباء الإمارات"] },
  { name: "QNA", aliases: ["qna", "قنا", "وكالة الأنباء القطرية"] },
  { name: "KUNA", aliases: ["kuna", "كونا", "وكالة الأنباء الكويتية"] },
  { name: "BNA", aliases: ["bna", "بنا", "وكالة أنباء البحرين"] },
  { name: "ONA", aliases: ["ona", "العمانية", "وكالة الأنباء العمانية"] },
  { name: "Petra", aliases: ["petra", "بترا", "وكالة الأنباء الأردنية"] },
  { name: "SANA", aliases: ["sana", "سانا", "وكالة الأنباء السورية"] },
  { name: "APS", aliases: ["aps", "واج", "وكالة الأنباء الجزائرية"] },
  { name: "MAP", aliases: ["map", "و م ع", "لاماب", "وكالة المغرب العربي للأنباء"] },
  { name: "TAP", aliases: ["tap", "وات", "وكالة تونس إفريقيا للأنباء"] },
  { name: "NNA", aliases: ["nna", "الوكالة الوطنية للإعلام"] },
  { name: "WAFA", aliases: ["wafa", "وفا"] },
  { name: "INA", aliases: ["ina", "واع"] },
  { name: "SABA", aliases: ["saba", "سبأ"] },
  { name: "SUNA", aliases: ["suna", "سونا"] },
  { name: "LANA", aliases: ["lana", "وكالة الأنباء الليبية"] },
  { name: "AMI", aliases: ["ami", "الوكالة الموريتانية للأنباء"] },
  { name: "Tasnim", aliases: ["tasnim", "تسنيم"] },
  { name: "Fars", aliases: ["fars", "وكالة فارس"] },
  { name: "Mehr", aliases: ["mehr", "وكالة مهر"] },
  { name: "TASS", aliases: ["tass", "تاس"] },
  { name: "RIA Novosti", aliases: ["ria novosti", "نوفوستي", "ريا نوفوستي"] },
  { name: "Interfax", aliases: ["interfax", "إنترفاكس"] },
  { name: "Kyodo", aliases: ["kyodo", "كيودو"] },
  { name: "Yonhap", aliases: ["yonhap", "يونهاب"] },
  { name: "PTI", aliases: ["pti"] },
  { name: "IANS", aliases: ["ians"] },
  { name: "ANI", aliases: ["ani"] },
  { name: "PA", aliases: ["pa", "pa media"] },
  { name: "AAP", aliases: ["aap"] },
  { name: "CP", aliases: ["cp", "the canadian press"] },
  { name: "KNA", aliases: ["kna"] },
  { name: "epd", aliases: ["epd"] },
  { name: "ANP", aliases: ["anp"] },
  { name: "Belga", aliases: ["belga"] },
  { name: "APA", aliases: ["apa"] },
  { name: "SDA", aliases: ["sda", "keystone-sda"] },
  { name: "Lusa", aliases: ["lusa"] },
  { name: "Europa Press", aliases: ["europa press"] },
  { name: "AGI", aliases: ["agi"] },
  { name: "PAP", aliases: ["pap"] },
  { name: "CTK", aliases: ["ctk", "čtk"] },
  { name: "MTI", aliases: ["mti"] },
  { name: "Bernama", aliases: ["bernama"] },
  { name: "Antara", aliases: ["antara"] },
  { name: "CNA", aliases: ["cna"] },
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
