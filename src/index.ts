/**
 * khabar: news pages and texts into a typed, validated Article.
 * @packageDocumentation
 */
export { parse, safeParse, type SafeParseResult } from "./parse.js";
export type { ParseOptions } from "./options.js";
export { KhabarError, isKhabarError, type KhabarErrorCode } from "./errors.js";
export {
  ArticleSchema,
  BlockSchema,
  ParagraphBlockSchema,
  HeadingBlockSchema,
  CaptionBlockSchema,
  BlockquoteBlockSchema,
  ListBlockSchema,
  DatelineSchema,
  BylineSchema,
  PersonSchema,
  CaptionSchema,
  SectionSchema,
  ImageSchema,
  SiteSchema,
  StatsSchema,
  WarningSchema,
  WarningCodeSchema,
  DirectionSchema,
  InputKindSchema,
  articleJsonSchema,
  type Article,
  type Block,
  type ParagraphBlock,
  type HeadingBlock,
  type CaptionBlock,
  type BlockquoteBlock,
  type ListBlock,
  type Dateline,
  type Byline,
  type Person,
  type Caption,
  type Section,
  type Image,
  type Site,
  type Stats,
  type Warning,
  type WarningCode,
  type Direction,
  type InputKind,
} from "./model/index.js";
