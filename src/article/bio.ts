/** Verbs that open an author bio after the author's name: "Erin Cunningham is an Egypt-based correspondent …". */
const BIO_VERB = /^\s(?:is|was|covers|writes|reports|has been|joined|es|est|ist)\s/u;

/** True when `text` opens with one of the authors' names followed by a bio verb. */
export function isAuthorBio(text: string, authors: readonly string[]): boolean {
  return authors.some((name) => name.length > 2 && text.startsWith(name) && BIO_VERB.test(text.slice(name.length, name.length + 12)));
}
