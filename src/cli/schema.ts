import { articleJsonSchema } from "../model/article.js";
import { quoteJsonSchema } from "./quotes.js";

/** The JSON Schema `khabar schema` prints: Article's, or with `--quotes` the Quote schema. */
export function schemaText(quotes: boolean, pretty: boolean): string {
  const schema = quotes ? quoteJsonSchema() : articleJsonSchema();
  return `${JSON.stringify(schema, null, pretty ? 2 : undefined)}\n`;
}
