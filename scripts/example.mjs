// Parses the bundled seed article with the built package and prints the Article as JSON.
import { readFileSync } from "node:fs";
import { parse } from "../dist/index.js";

const file = new URL("../fixtures/text/elaph-iraq-nato.txt", import.meta.url);
const article = parse(readFileSync(file, "utf8"));
console.log(JSON.stringify(article, null, 2));
