/**
 * Site chrome: the words of comment boxes, share bars, related-link lists and follow prompts that
 * scrapers sweep up with the article. Per language; matched on the normalized text (see
 * `normalizeForMatch`), at the start of a short line.
 *
 * `ends` phrases open a trailing block (comments, related links, tags): the short link-like lines
 * after them go too. `drops` phrases are removed alone.
 */
export interface ChromeWords {
  ends: readonly string[];
  drops: readonly string[];
  /** Openings of boilerplate sentences (print notes, comment policies), chrome at any length. */
  boilerplate?: readonly string[];
}

export const CHROME_WORDS: Readonly<Record<string, ChromeWords>> = {
  ar: {
    ends: [
      "التعليقات", "تعليقات", "أضف تعليق", "اضف تعليقا", "كل التعليقات", "اقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد",
      "انظر أيضا", "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "مواضيع ساخنة اخرى",
      "مقالات مختارة", "الأكثر قراءة", "الأكثر تصفحاً", "اكثر قراءة", "آخر الأخبار", "الكلمات الدالة",
      "الكلمات المفتاحية", "وسوم", "تاجز", "المزيد من الأخبار",
    ],
    drops: [
      "شارك", "مشاركة", "شارك هذا الخبر", "مشاركه الخبر", "تابعونا على", "تابعوا أخبار", "تابع أخبار",
      "طباعة", "استمع", "إعلان", "مشاهدات عالية", "أرسل لصديق", "حفظ",
    ],
    boilerplate: ["ترحب شبكة", "الآراء الواردة أدناه", "الآراء الواردة في", "جميع الحقوق محفوظة"],
  },
  en: {
    ends: [
      "comments", "leave a comment", "add a comment", "show comments", "view comments", "related", "related articles",
      "related stories", "related posts", "read more", "read also", "see also", "more from", "most read",
      "most popular", "recommended", "tags", "topics", "you may also like", "more stories", "what to read next",
      "related coverage", "more on this story", "latest stories",
    ],
    drops: [
      "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet", "email",
      "print", "advertisement", "follow us", "subscribe", "sign up", "listen", "listen to this article",
      "click here", "skip to content", "continue reading the main story", "continue reading", "order reprints",
      "share on whatsapp", "share via email", "copy link",
    ],
    boilerplate: [
      "a version of this article appears in print", "our standards:", "all rights reserved", "copyright ©",
      "this material may not be published, broadcast, rewritten",
    ],
  },
  fr: {
    ends: ["commentaires", "à lire aussi", "lire aussi", "sur le même sujet", "articles liés", "les plus lus"],
    drops: ["partager", "imprimer", "publicité", "suivez-nous"],
  },
  de: {
    ends: ["kommentare", "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "meistgelesen"],
    drops: ["teilen", "drucken", "anzeige", "folgen sie uns"],
  },
  es: {
    ends: ["comentarios", "lee también", "te puede interesar", "noticias relacionadas", "lo más leído"],
    drops: ["compartir", "imprimir", "publicidad", "síguenos"],
  },
};

/** Longest line, in words, that is read as chrome; longer lines are text that merely starts alike. */
export const CHROME_MAX_WORDS = 6;
