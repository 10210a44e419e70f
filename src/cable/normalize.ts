// Normalises cable text before parsing: line endings, HTML entities and line breaks, LaTeX and markdown left by
// PDF conversions, pilcrows in their OCR forms, spaced-letter banners, and the page-continuation
// lines that multi-page cables carry in the middle of paragraphs.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Words that appear with their letters spaced out in banners ("S E C R E T"). */
const SPACED_WORDS = new Set([
  'SECRET', 'CONFIDENTIAL', 'UNCLASSIFIED', 'UNCLAS', 'EFTO', 'NOFORN', 'CORRECTED', 'LIMITED', 'OFFICIAL',
  'USE', 'SENSITIVE', 'TOPSECRET', 'SBU',
]);

export interface Normalized {
  text: string;
  notes: string[];
}

export function normalizeCableText(raw: string): Normalized {
  const notes: string[] = [];
  // Each pass runs only when its trigger is present: most cables are plain ASCII text.
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\f')) text = text.replace(/\f/g, '\n');
  if (text.includes('&')) text = decodeEntities(text);
  // HTML line breaks left in a page's text ("SIPDIS <br>", "Under <br> Secretary"): a line break.
  if (text.includes('<')) text = text.replace(/[ \t]*<br[ \t]*\/?>[ \t]*\n?/gi, '\n');
  if (/[^\x00-\x7f]/.test(text)) {
    // Text of Latin-1 characters only (most cables: a pilcrow is the one non-ASCII character) is
    // already NFC: no character below U+0100 composes or decomposes, so normalize() is skipped.
    const wide = /[^\x00-\xff]/.test(text);
    if (wide) text = text.normalize('NFC');
    if (text.includes('\u00a0')) text = text.replace(/\u00a0/g, ' ');
    // The hyphens are above U+00FF: only a text with such characters can hold them.
    if (wide && (text.includes('\u2010') || text.includes('\u2011'))) text = text.replace(/[\u2010\u2011]/g, '-');
  }
  const latex = stripLatex(text);
  if (latex !== text) notes.push('LaTeX math delimiters removed (PDF-to-markdown rendering)');
  text = latex;
  // Copies that lost their line breaks: "ID:190812 Cable dated:2009-02-06T13:05:00C O N F I D E N T I A L ..."
  // and CSV exports whose banner follows the quoted header field ('...WASHDC",S E C R E T ...').
  if (hasCableDated(text)) {
    text = text.replace(/(Cable dated:[ \t]*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)[ \t]*(?=\S)/g, '$1\n');
  }
  if (text.includes('",')) text = text.replace(/",(?=[ \t]*(?:S E C R E T|C O N F I D|UNCLAS|SECRET|CONFIDENTIAL)\b)/g, '",\n');
  text = joinSpacedWords(text);
  text = markPilcrows(text, notes);
  return { text, notes };
}

/**
 * text.includes('Cable dated:'), found from each colon (a dozen in a cable): the search for the
 * whole phrase stopped at every capital C of an upper-case text, five times the cost.
 */
export function hasCableDated(text: string): boolean {
  for (let at = text.indexOf(':', 11); at >= 0; at = text.indexOf(':', at + 1)) {
    if (text.startsWith('Cable dated', at - 11)) return true;
  }
  return false;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** What LaTeX math holds and a sum of money does not. */
const LATEX_MARKS = /[\\^_{}]/;

/**
 * `$1.4\ (b/d)$` -> `1.4 (b/d)`; `\'` -> `'`; a backslash that ends a line is a continuation mark.
 * Math is only what holds LaTeX's own characters (a backslash, ^, _, braces): two dollar amounts
 * on a line ("$2.0 to $3.0 billion") are text, and keep their dollar signs.
 */
function stripLatex(text: string): string {
  // Each pass only when its character occurs: many cables quote dollar amounts, few have backslashes.
  let out = text.includes('$') ? text.replace(/\$([^$\n]{1,80})\$/g, (m, inner: string) => (LATEX_MARKS.test(inner) ? inner : m)) : text;
  if (out.includes('\\')) out = out.replace(/\\([ '"&%#_$])/g, '$1').replace(/[ \t]*\\[ \t]*$/gm, '');
  return out;
}

/**
 * "S E C R E T", "SE C R E T" -> the word; also with one stray letter before it, as transmission
 * garbles it: "CC O N F I D E N T I A L" (a doubled first letter), "CSE C R E T".
 */
function joinSpacedWords(text: string): string {
  // Banners stand at the start of a line, or follow UNCLAS ("UNCLAS E F T O LONDON"). The pattern
  // is tried only where its lead can start, in order, exactly as a global replace would find its
  // matches; the global replace tried it at every character (a fortieth of the parse).
  const leads = new LeadFinder(text);
  let out = '';
  let last = 0;
  for (let at = 0; at >= 0 && at <= text.length; ) {
    // After a line break the pattern needs a word of one to three letters and a space: most lines
    // fail this test, which is cheaper than the pattern.
    if (at > 0 && text.charCodeAt(at) === 10 && !spacedWordAfterBreak(text, at)) {
      at = leads.next(at + 1);
      continue;
    }
    SPACED_AT.lastIndex = at;
    const m = SPACED_AT.exec(text);
    if (!m) {
      at = leads.next(at + 1);
      continue;
    }
    const joined = joinSpaced(m[0], m[1]!, m[2]!);
    if (joined !== m[0]) {
      out += text.slice(last, at) + joined;
      last = at + m[0].length;
    }
    at = leads.next(at + m[0].length);
  }
  return last === 0 ? text : out + text.slice(last);
}

const SPACED_AT = /(^|\n[ \t]*|UNCLAS |",)([A-Za-z]{1,3} (?:[A-Za-z]{1,2} ){1,}[A-Za-z]{1,2})\b/y;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isBlank = (c: number) => c === 32 || c === 9;

/** Whether the line after the break at `at` starts (after blanks) with one to three letters and a space. */
function spacedWordAfterBreak(text: string, at: number): boolean {
  let p = at + 1;
  while (isBlank(text.charCodeAt(p))) p++;
  if (!isLetter(text.charCodeAt(p))) return false;
  for (let k = 1; k <= 3; k++) {
    const c = text.charCodeAt(p + k);
    if (c === 32) return true;
    if (!isLetter(c)) return false;
  }
  return false;
}

function joinSpaced(m: string, lead: string, spaced: string): string {
  const joined = spaced.replace(/ /g, '');
  const upper = joined.toUpperCase();
  if (SPACED_WORDS.has(upper)) return lead + joined;
  if (upper.length > 6 && SPACED_WORDS.has(upper.slice(1))) return lead + joined.slice(1);
  return m;
}

/** The next place, from a position on, where SPACED_AT's lead can start (-1 when there is none). */
class LeadFinder {
  private readonly literals = ['\n', 'UNCLAS ', '",'];
  private readonly found: number[] = [-2, -2, -2];

  constructor(private readonly text: string) {}

  next(from: number): number {
    let best = -1;
    for (let k = 0; k < 3; k++) {
      let at = this.found[k]!;
      if (at !== -1 && at < from) at = this.found[k] = k === 1 ? unclasAt(this.text, from) : this.text.indexOf(this.literals[k]!, from);
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    return best;
  }
}

/**
 * text.indexOf('UNCLAS ', from), as 'UNCLAS' followed by a space: in this Node, a search for a
 * needle of seven characters or more cost five times one of six (6.8 against 1.3 ms over the
 * 1,000 sample texts, for the same 275 matches).
 */
function unclasAt(text: string, from: number): number {
  for (let at = text.indexOf('UNCLAS', from); at >= 0; at = text.indexOf('UNCLAS', at + 1)) {
    if (text.charCodeAt(at + 6) === 32) return at;
  }
  return -1;
}

/**
 * Paragraph markers: WikiLeaks' pilcrow (¶), its replacement character from broken latin-1, a
 * markdown list dash before a paragraph number, and the pilcrow OCR'd as a leading "1" (a run
 * 11., 12., 13. ... that means 1., 2., 3.). All become "¶N." at the start of the line.
 */
function markPilcrows(text: string, notes: string[]): string {
  let out = text;
  // Line-start patterns run as two: at the start of the text, then after each line break (a single
  // pattern with a (^|\n) alternative cannot skip ahead to the next break, and was several times slower).
  if (out.includes('\uFFFD') || out.includes('¶ ') || out.includes('¶\t')) {
    out = out
      .replace(/^([ \t]*)[\uFFFD¶][ \t]*(?=[A-Za-z0-9]{1,3}[.)])/, '$1¶')
      .replace(/\n([ \t]*)[\uFFFD¶][ \t]*(?=[A-Za-z0-9]{1,3}[.)])/g, '\n$1¶');
  }
  if (hasDashedNumberLine(out)) {
    out = out.replace(/^[ \t]*[-*][ \t]+(?=¶?\d{1,3}\.[ \t(])/, '').replace(/\n[ \t]*[-*][ \t]+(?=¶?\d{1,3}\.[ \t(])/g, '\n');
  }
  if (!out.includes('¶')) out = unOcrLeadingOne(out, notes);
  return out;
}

/** Whether a line after the first starts with a list dash or star and a (pilcrowed) number: /\n[ \t]*[-*][ \t]+¶?\d/. */
function hasDashedNumberLine(text: string): boolean {
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let p = nl + 1;
    while (isBlank(text.charCodeAt(p))) p++;
    const dash = text.charCodeAt(p);
    if (dash !== 45 && dash !== 42) continue;
    p++;
    if (!isBlank(text.charCodeAt(p))) continue;
    while (isBlank(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 0xb6) p++;
    const d = text.charCodeAt(p);
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

const NUMBERED_LINE = /^[ \t]*(\d{1,4})\.[ \t]+(?=\(|[A-Z"'])/gm;

function unOcrLeadingOne(text: string, notes: string[]): string {
  const numbers = [...text.matchAll(NUMBERED_LINE)].map((m) => m[1]!);
  if (numbers.length < 2 || numbers[0] !== '11' || numbers[1] !== '12') return text;
  let fits = 0;
  numbers.forEach((n, i) => {
    if (n === `1${i + 1}`) fits++;
  });
  if (fits < numbers.length * 0.8) return text;
  notes.push('paragraph numbers 11, 12, 13 ... read as ¶1, ¶2, ¶3 ... (OCR of the pilcrow)');
  return text.replace(NUMBERED_LINE, (m, n: string) => m.replace(`${n}.`, `¶${n.slice(1)}.`));
}

/**
 * Page artefacts of multi-page cables: continuation lines (`BEIJING 00005705 002 OF 002`), printout
 * page headers (`PAGE 02 VATICA 03507 01 OF 04 031719Z`) and the classification word that stands at
 * each page edge. They can fall in the middle of a sentence, so they are cut out of the line.
 */
export function removePageArtefacts(text: string): string {
  let out = removeContinuationLines(text);
  if (out.includes('PAGE')) out = removePageHeaders(out);
  return emptyEdgeLines(out);
}

const EDGE_WORDS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'LIMITED OFFICIAL USE'];

/**
 * Empties the lines that hold only a classification word (the page edge's) and, after the first
 * line, those of blanks only. One pass over the lines, as the three replaces it stands for:
 * /^[ \t]*(?:WORD)[ \t]*(?=\n|$)/, /\n[ \t]*(?:WORD)[ \t]*(?=\n|$)/g -> '\n', /\n[ \t]+(?=\n|$)/g -> '\n'.
 */
function emptyEdgeLines(text: string): string {
  let out = '';
  let last = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(start);
    // Only a line that starts with a blank or a word's first letter (U, C, S, L) can be emptied.
    if (start < end && (c === 32 || c === 9 || c === 85 || c === 67 || c === 83 || c === 76)) {
      let from = start;
      let to = end;
      while (from < to && isBlank(text.charCodeAt(from))) from++;
      while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
      const word = from === to ? start > 0 : EDGE_WORDS.some((w) => w.length === to - from && text.startsWith(w, from));
      if (word) {
        out += text.slice(last, start);
        last = end;
      }
    }
    start = end + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * `BEIJING 00005705 002 OF 002`: found by its eight-digit zero-padded serial, then the station
 * name before it is walked back over (cheaper than one pattern tried at every capital letter).
 */
function removeContinuationLines(text: string): string {
  let out = '';
  let last = 0;
  for (let m = continuationAt(text, 0); m !== null; m = continuationAt(text, m.end)) {
    let start = m.index;
    while (start > 0 && /[ \t]/.test(text[start - 1]!)) start--;
    const digits = start;
    if (digits === m.index) continue; // the serial must follow a station name and a space
    while (start > 0 && digits - start < 32 && /[A-Z .'-]/.test(text[start - 1]!)) start--;
    while (start < digits && !/[A-Z]/.test(text[start]!)) start++;
    if (start === digits || (start > 0 && /[A-Za-z0-9]/.test(text[start - 1]!))) continue;
    while (start > last && /[ \t]/.test(text[start - 1]!)) start--;
    out += `${text.slice(last, start)} `;
    last = m.end;
  }
  return last === 0 ? text : out + text.slice(last);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** \s: the characters String.prototype.trim removes. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The next match, from `from` on, of /\d{8}\s+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}\b[ \t]*\/g, found from
 * each "OF" (the pattern searched from every digit of the text, 3% of the parse). Around an "OF"
 * the match is fixed: blanks and three digits after it; blanks, the page number ("002" or "002.1"),
 * white space and eight digits before it. Matches start in the order of their "OF", so the first
 * that starts at or after `from` is the one the global search finds.
 */
function continuationAt(text: string, from: number): { index: number; end: number } | null {
  for (let o = text.indexOf('OF', from); o >= 0; o = text.indexOf('OF', o + 1)) {
    let p = o + 2;
    if (!isBlank(text.charCodeAt(p))) continue;
    while (isBlank(text.charCodeAt(p))) p++;
    if (!isDigitCode(text.charCodeAt(p)) || !isDigitCode(text.charCodeAt(p + 1)) || !isDigitCode(text.charCodeAt(p + 2))) continue;
    const after = text.charCodeAt(p + 3);
    if (isDigitCode(after) || isLetter(after) || after === 95) continue; // \b
    let end = p + 3;
    while (isBlank(text.charCodeAt(end))) end++;
    let b = o;
    if (!isBlank(text.charCodeAt(b - 1))) continue;
    while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
    let page: number;
    if (text.charCodeAt(b - 2) === 46 && isDigitCode(text.charCodeAt(b - 1))) page = b - 5;
    else page = b - 3;
    if (!isDigitCode(text.charCodeAt(page)) || !isDigitCode(text.charCodeAt(page + 1)) || !isDigitCode(text.charCodeAt(page + 2))) continue;
    let w = page;
    if (!isSpaceCode(text.charCodeAt(w - 1))) continue;
    while (w > 0 && isSpaceCode(text.charCodeAt(w - 1))) w--;
    const index = w - 8;
    if (index < from) continue;
    let digits = true;
    for (let k = index; k < w && digits; k++) digits = isDigitCode(text.charCodeAt(k));
    if (digits) return { index, end };
  }
  return null;
}

function removePageHeaders(text: string): string {
  return text
    .replace(
      /(?:[ \t]*\b(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b[ \t]*(?:\n[ \t]*)?)?\bPAGE[ \t]+\d{2,3}[ \t]+[A-Z][A-Z ]{1,20}?[ \t]+\d{4,6}[ \t]+(?:\d{2}[ \t]+OF[ \t]+\d{2}[ \t]+)?\d{6}Z\b[ \t]*/g,
      '\n',
    );
}
