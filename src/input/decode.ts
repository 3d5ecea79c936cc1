import { warning, type Warning } from "../model/warning.js";

/** How far into the bytes a `<meta charset>` is looked for (the HTML standard says 1024; pages overshoot). */
const META_SNIFF_BYTES = 4096;

const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

export interface Decoded {
  text: string;
  /** The charset actually used. */
  charset: string;
  warnings: Warning[];
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes to text: a byte-order mark wins, then the page's `<meta charset>` / `http-equiv`,
 * then the caller's hint, then UTF-8. An unknown label falls back to the next choice with a warning.
 * A page that declares UTF-16 in a meta tag is ASCII-compatible bytes, so it is read as UTF-8 (as browsers do).
 */
export function decodeBytes(bytes: Uint8Array, hint?: string): Decoded {
  const warnings: Warning[] = [];
  const bom = bomCharset(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset, warnings };
  }
  const choices: string[] = [];
  const declared = declaredCharset(bytes);
  if (declared) choices.push(/^utf-?16/.test(declared) ? "utf-8" : declared);
  if (hint) choices.push(hint.trim().toLowerCase());
  for (const label of choices) {
    const decoder = decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding, warnings };
    warnings.push(warning("decoding-fallback", `unknown charset "${label}"; trying the next choice`, label));
  }
  return { text: new TextDecoder("utf-8").decode(bytes), charset: "utf-8", warnings };
}
