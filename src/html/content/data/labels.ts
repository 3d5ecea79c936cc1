/**
 * Chrome labels met in HTML pages beyond the shared list (src/language/data/chrome.ts), per
 * language: `ends` open a trailing run of chrome (related posts, contact boxes), `drops` are
 * dropped alone. Matched like the shared list: on the normalized text of a short block.
 */
import type { ChromeWords } from "../../../language/data/chrome.js";

export const HTML_CHROME_WORDS: Readonly<Record<string, ChromeWords>> = {
  ar: {
    ends: ["اقرأ ايضا", "إقرأ أيضا", "إقرأ أيضاً", "شاهد أيضا", "ذات صلة", "مواضيع ذات صلة", "الأكثر مشاهدة", "اخترنا لك", "قد يعجبك أيضا"],
    drops: ["شارك الخبر", "مشاركة الخبر", "نسخ الرابط", "تابعنا على", "حجم الخط", "طباعة الخبر"],
  },
  en: {
    ends: [
      "related content", "related coverage", "related news", "more on this story", "more from this author", "read next",
      "up next", "you might also like", "you may also be interested in", "recommended for you", "popular posts",
      "similar posts", "about the author", "latest news", "latest stories", "trending now", "further reading",
    ],
    drops: ["like this:", "like loading", "share this:", "share via", "copy link", "loading...", "advertisement:", "continue reading", "read the full story", "image", "photo"],
  },
  de: {
    ends: [
      "ähnliche beiträge", "ähnliche artikel", "empfohlene beiträge", "weitere informationen", "weitere artikel", "kontakt",
      "das könnte dich auch interessieren", "das könnte sie auch interessieren", "auch interessant", "mehr zum thema",
      "verwandte artikel", "beliebte beiträge", "über den autor", "zum weiterlesen", "passend zum thema", "weiterlesen",
      "teilnehmende blogs", "leserkommentare", "schlagworte", "themen",
    ],
    drops: ["gefällt mir", "gefällt mir wird geladen", "teilen mit:", "drucken", "bild anzeigen", "mehr lesen", "zum artikel", "anzeige"],
  },
  fr: {
    ends: ["à lire également", "a lire aussi", "dans la même rubrique", "articles similaires", "sur le même thème", "à voir aussi"],
    drops: ["partager sur", "lire la suite", "publicité"],
  },
  es: {
    ends: ["seguir leyendo", "últimas noticias", "más noticias", "noticias relacionadas", "también te puede interesar", "lea también", "te recomendamos"],
    drops: ["compartir en", "leer más", "publicidad"],
  },
  pl: {
    ends: ["czytaj także", "czytaj też", "zobacz także", "zobacz też", "polecamy", "komentarze"],
    drops: ["udostępnij", "reklama"],
  },
  it: {
    ends: ["leggi anche", "articoli correlati", "potrebbe interessarti", "commenti"],
    drops: ["condividi", "pubblicità"],
  },
};

/**
 * Labels that open a photo caption or credit written as a plain paragraph ("Titelbild: …",
 * "Abbildung: …"), beyond the shared `CAPTION_LABELS`; such short paragraphs are captions.
 */
export const HTML_CAPTION_LABELS: readonly string[] = [
  "Titelbild:", "Abbildung:", "Abb.:", "Bildquelle:", "Fotos:", "Bilder:", "Quelle: Foto", "Photos:", "Image credit:",
  "Photo credit:", "Crédit photo :", "Crédits photo :", "Photo :", "Foto de:", "Fotografía:", "Zdjęcie:", "Fot.",
  "المصدر: صورة", "الصورة:", "©", "(c) ",
];

/** Words that label a photo credit ("Foto: Getty", "(Bild: Hersteller)", "تصوير: …"), matched before a colon. */
export const CREDIT_LABEL_WORDS: readonly string[] = [
  "photo", "photos", "image", "bild", "foto", "fotos", "credit", "credits", "photo credit", "image credit", "crédit photo",
  "crédits photo", "source", "quelle", "bildquelle", "صورة", "الصورة", "تصوير",
];
