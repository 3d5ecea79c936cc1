/**
 * The markup that is not a tag, as htmlparser2 10.1.0's tokenizer reads it in HTML mode: comments
 * (`<!-- -->` and their broken forms), CDATA sections (comments in HTML mode), declarations
 * (`<!doctype …>`, and `<!…>` of any kind) and processing instructions (`<?…?>`). The tree builder
 * (tree-builder.ts) reads tags and text and hands these over at their `<!` or `<?`; each method
 * returns where text resumes, or the input's length when the input ends inside the construct.
 */
import { DomTree } from "./dom-tree.js";

const DASH = 0x2d;
const OPEN_BRACKET = 0x5b;
/** What follows `<![` for the tokenizer to read a CDATA section (in HTML mode, a comment). */
const CDATA_START = "CDATA[";
const CDATA_END = "]]>";
const COMMENT_END = "-->";

/** The readers of comments, CDATA, declarations and processing instructions; the tree builder extends it. */
export class MarkupReader extends DomTree {
  /**
   * What follows `<!` at `start` (Tokenizer's BeforeDeclaration): a comment, a CDATA section (a
   * comment in HTML mode), or a declaration up to the next `>`. Returns where text resumes.
   */
  protected declarationAt(start: number): number {
    const s = this.html;
    const n = s.length;
    if (start >= n) return n;
    const c = s.charCodeAt(start);
    if (c === DASH) {
      if (start + 1 >= n) {
        this.text(start, n);
        return n;
      }
      if (s.charCodeAt(start + 1) === DASH) return this.commentAt(start + 2);
      // `<!-x`: a declaration; the character after the dash is taken without a look, even a `>`.
      return this.declarationEnd(start, start + 2);
    }
    if (c === OPEN_BRACKET) {
      for (let k = 0; k < CDATA_START.length; k++) {
        const at = start + 1 + k;
        if (at >= n) {
          this.text(start, n);
          return n;
        }
        // A mismatch is a declaration, the mismatching character looked at again (a `>` ends it).
        if (s.charCodeAt(at) !== CDATA_START.charCodeAt(k)) return this.declarationEnd(start, at);
      }
      return this.cdataAt(start + 1 + CDATA_START.length);
    }
    // The first character is taken without a look, even a `>`: `<!>` runs on to the next `>`.
    return this.declarationEnd(start, start + 1);
  }

  /** A declaration whose value starts at `start`, ended by the first `>` from `from` (InDeclaration). */
  private declarationEnd(start: number, from: number): number {
    const s = this.html;
    const gt = s.indexOf(">", from);
    if (gt < 0) {
      if (start < s.length) this.text(start, s.length);
      return s.length;
    }
    this.instruction("!", s.slice(start, gt));
    return gt + 1;
  }

  /**
   * A comment whose text starts at `start`, just after `<!--`. It ends at the first `-->`, and the
   * dashes of `<!--` count: `<!-->` and `<!--->` are empty comments (InCommentLike). At the end of
   * the input the rest is the comment, unless there is no rest.
   */
  private commentAt(start: number): number {
    const s = this.html;
    const end = s.indexOf(COMMENT_END, start - 2);
    if (end < 0) {
      if (start < s.length) this.comment(s.slice(start));
      return s.length;
    }
    this.comment(end > start ? s.slice(start, end) : "");
    return end + COMMENT_END.length;
  }

  /** A CDATA section's content from `start`: in HTML mode a comment `[CDATA[…]]`. */
  private cdataAt(start: number): number {
    const s = this.html;
    const end = s.indexOf(CDATA_END, start);
    if (end < 0) {
      if (start < s.length) this.comment(`[CDATA[${s.slice(start)}]]`);
      return s.length;
    }
    this.comment(`[CDATA[${s.slice(start, end)}]]`);
    return end + CDATA_END.length;
  }

  /** A processing instruction whose value starts at `start`, after `<?`, up to the next `>`. */
  protected processingInstructionAt(start: number): number {
    const s = this.html;
    const n = s.length;
    if (start >= n) return n;
    const gt = s.indexOf(">", start);
    if (gt < 0) {
      this.text(start, n);
      return n;
    }
    this.instruction("?", s.slice(start, gt));
    return gt + 1;
  }
}
