/**
 * The most frequent function words of Latin-script languages, used to tell them apart when a page
 * does not declare its language. Lower case; a language wins by how many of the text's words it holds.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "said", "by", "at", "from", "his", "have", "are", "be", "this", "an", "not", "they", "which", "were", "has", "but"],
  de: ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "zu", "sich", "von", "auf", "dem", "es", "des", "im", "auch", "wird", "sie", "für", "werden", "bei", "aus", "nach", "wie", "einer", "noch", "dass"],
  fr: ["le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "dans", "pour", "qui", "pas", "sur", "au", "il", "par", "plus", "avec", "ce", "sont", "aux", "elle", "mais", "ont", "été", "cette", "leur", "nous"],
  es: ["el", "la", "los", "las", "que", "y", "en", "del", "por", "con", "una", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "este", "ha", "son", "entre", "también", "sobre", "muy", "hasta"],
  pt: ["o", "a", "os", "as", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "se", "por", "dos", "das", "mais", "ao", "foi", "como", "mas", "pelo", "pela", "também", "ser", "está"],
  it: ["il", "di", "che", "e", "la", "per", "un", "non", "del", "della", "una", "sono", "anche", "gli", "nel", "con", "si", "ha", "alla", "dei", "delle", "più", "questo", "come", "ma", "essere", "nella", "stato", "le", "ed"],
  nl: ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "zijn", "met", "voor", "ook", "aan", "er", "maar", "om", "door", "bij", "naar", "dit", "wordt", "worden", "heeft", "hij", "wel", "nog", "zo", "kan"],
  pl: ["i", "w", "na", "się", "nie", "z", "do", "to", "że", "jest", "o", "jak", "ale", "po", "co", "tak", "za", "od", "przez", "jego", "czy", "już", "ich", "są", "może", "tym", "który", "które", "był", "dla"],
  tr: ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan", "gibi", "ama", "en", "kadar", "sonra", "ne", "var", "ise", "değil", "her", "o", "mi", "olduğu", "yeni", "büyük", "şey", "göre", "ancak", "diye"],
  id: ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "ada", "oleh", "saya", "mereka", "bisa", "sudah", "atau", "kami", "telah", "lebih", "hanya", "tersebut", "para", "bahwa", "kata"],
};
