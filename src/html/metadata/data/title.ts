/**
 * How sites join their name to a title ("Title | Site", "Title - Site", "Site: Title",
 * "标题_频道_网站"). Each separator is matched with the spaces shown; `_` and `»` also bare.
 */
export const TITLE_SEPARATORS: readonly string[] = [
  " | ", " || ", " - ", " – ", " — ", " -- ", " :: ", " · ", " • ", " / ", " » ", " « ", " ~ ", "_", " _", ": ",
];

/** Separators that may only split off a leading site name ("Site: Title"), never a trailing one. */
export const PREFIX_ONLY_SEPARATORS: readonly string[] = [": "];
