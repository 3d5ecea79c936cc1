import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/input/decode.js";
import { looksBinary, looksLikeHtml } from "../../src/input/sniff.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("uses the BOM first", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<meta charset=windows-1256>سلام")]);
    expect(decodeBytes(bytes).text).toBe("<meta charset=windows-1256>سلام");
  });
  it("reads UTF-16LE with a BOM", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x28, 0x06]);
    expect(decodeBytes(bytes).text).toBe("Aب");
  });
  it("uses <meta charset> before the hint", () => {
    // "سلام" in windows-1256 is D3 E1 C7 E3.
    const bytes = new Uint8Array([...utf8('<meta charset="windows-1256"><p>'), 0xd3, 0xe1, 0xc7, 0xe3]);
    const decoded = decodeBytes(bytes, "utf-8");
    expect(decoded.text.endsWith("سلام")).toBe(true);
    expect(decoded.charset).toBe("windows-1256");
  });
  it("reads http-equiv content-type", () => {
    const bytes = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"><p>'), 0xd3, 0xe4]);
    expect(decodeBytes(bytes).text.endsWith("سل")).toBe(true);
  });
  it("uses the caller's hint when the page declares nothing", () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "windows-1252").text).toBe("café");
  });
  it("falls back to UTF-8 with a warning on an unknown label", () => {
    const decoded = decodeBytes(utf8('<meta charset="x-nonsense"><p>é</p>'));
    expect(decoded.text).toContain("é");
    expect(decoded.warnings.map((w) => w.code)).toEqual(["decoding-fallback"]);
  });
});

describe("sniffing", () => {
  it.each([
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", true],
    ["  <html lang=ar>", true],
    ["<div class=a>text</div>", true],
    ["Preamble text\n<p>one</p><p>two</p><p>three</p>", true],
    ["LONDON (Reuters) - Shares fell <3% today.", false],
    ["إيلاف من لندن: دعا العراق", false],
    ["a < b and b > c", false],
  ])("%s → html %s", (text, html) => expect(looksLikeHtml(text)).toBe(html));
  it("calls control-character soup binary", () => {
    expect(looksBinary("\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000")).toBe(true);
    expect(looksBinary("plain text\twith tabs\n")).toBe(false);
  });
});
