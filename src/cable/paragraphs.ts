// Numbered paragraphs with their portion marks. Where WikiLeaks' pilcrows are present only "¶N."
// starts a paragraph; otherwise a line starting with the next number does. Wrapped lines are
// joined, a section heading that stood before a paragraph goes on that paragraph, and the signer
// and end-of-text markers are taken off the last one.
import { PORTION_MARK_SOURCE, canonicalMark } from './markings.js';
import { isSpaceCode } from './normalize.js';
import type { Paragraph } from './types.js';
import { cableVocab } from './vocab.js';

export interface ParagraphsResult {
  paragraphs: Paragraph[];
  /** Offset in the body where paragraph 1 starts (-1 when there is none). */
  firstAt: number;
  signer: string | null;
  /** Text after the header and before paragraph 1 (a preamble, or the whole text when unnumbered). */
  preamble: string;
  /** Each paragraph's text with its original line breaks (for fields quoted line by line). */
  raw: string[];
}

const MARK_AFTER_NUMBER = new RegExp(String.raw`^[ \t]*\(\s*(${PORTION_MARK_SOURCE})\s*\)[ \t]*`, 'i');
// The end line at the very start, else after a line break: one pattern with a (?:^|\n) alternative
// cannot skip ahead to the next line break and ran five times slower.
const END_AT_START = /^[ \t]*(?:END[ \t]+CABLE[ \t]+TEXT|NNNN|BT|#\d{3,6})[ \t]*(?=\n|$)/i;
const END_AFTER_BREAK = /\n[ \t]*(?:END[ \t]+CABLE[ \t]+TEXT|NNNN|BT|#\d{3,6})[ \t]*(?=\n|$)/iy;

/**
 * Where END_AFTER_BREAK first matches, tried only at the line breaks whose line starts (after
 * blanks) with a letter or sign an end line can start with; -1 when none. Searching from every
 * position cost more than the whole test.
 */
function endLineAfterBreak(body: string): number {
  for (let nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', nl + 1)) {
    let p = nl + 1;
    let c = body.charCodeAt(p);
    while (c === 32 || c === 9) c = body.charCodeAt(++p);
    // E, N, B (either case) or #.
    if (c !== 69 && c !== 101 && c !== 78 && c !== 110 && c !== 66 && c !== 98 && c !== 35) continue;
    END_AFTER_BREAK.lastIndex = nl;
    if (END_AFTER_BREAK.test(body)) return nl;
  }
  return -1;
}
// Cheapest and most frequent first: the answer is the same in any order.
const END_HINTS = ['#', 'BT', 'NNNN', 'END CABLE', 'End Cable', 'end cable'];

/** Where the text proper ends ("End Cable Text", NNNN, BT, "#5039" on a line of their own); -1 when it runs to the end. */
function endOfText(body: string): number {
  // An end line counts only when one of the hints occurs in the text. The patterns are the cheaper
  // test now, so they run first and the hints only for a text that has an end line.
  const at = END_AT_START.test(body) ? 0 : endLineAfterBreak(body);
  return at >= 0 && END_HINTS.some((h) => body.includes(h)) ? at : -1;
}

interface Start {
  at: number;
  end: number;
  n: number;
}

export function splitParagraphs(body: string): ParagraphsResult {
  const end = endOfText(body);
  const text = end < 0 ? body : body.slice(0, end);
  const starts = findStarts(text);
  // The empty lists of an unnumbered text come from the same literals as the filled ones, so they
  // have their elements kind: a second kind made the code that reads them polymorphic.
  const paragraphs: Paragraph[] = [];
  const raw: string[] = [];
  if (starts.length === 0) {
    const { text: rest, signer } = takeSigner(text);
    return { paragraphs, firstAt: -1, signer, preamble: withoutHeaderFields(rest).trim(), raw };
  }
  let pendingHeading = headingAtEnd(text.slice(0, starts[0]!.at), true).heading;
  let signer: string | null = null;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    let chunk = text.slice(s.end, k + 1 < starts.length ? starts[k + 1]!.at : text.length);
    if (k === starts.length - 1) ({ text: chunk, signer } = takeSigner(chunk));
    const { rest, heading } = headingAtEnd(chunk);
    const mark = MARK_AFTER_NUMBER.exec(rest);
    const body = mark ? rest.slice(mark[0].length) : rest;
    // Every paragraph has the same fields in the same order (heading undefined when there is none,
    // which JSON leaves out as before): one object shape for the code that reads them.
    const para: Paragraph = {
      n: s.n,
      marking: mark ? canonicalMark(mark[1]!) : null,
      text: unwrap(body),
      heading: pendingHeading ? pendingHeading : undefined,
    };
    raw.push(body);
    paragraphs.push(para);
    pendingHeading = heading;
  }
  return { paragraphs, firstAt: starts[0]!.at, signer, preamble: text.slice(0, starts[0]!.at).trim(), raw };
}

function findStarts(text: string): Start[] {
  const pilcrow = pilcrowStarts(text);
  if (pilcrow.length > 0) return sequence(pilcrow, true);
  const numbered: Start[] = [];
  for (const m of text.matchAll(/^[ \t]*(\d{1,3})[ \t]*\.(?!\d)(?=[ \t]*\(|[ \t]+\S|\S)/gm)) {
    numbered.push({ at: m.index!, end: m.index! + m[0].length, n: Number(m[1]) });
  }
  return sequence(numbered);
}

/**
 * The matches of /¶[ \t]*(\d{1,3})[ \t]*[.)]?/g that stand at the start or after whitespace, read
 * by hand from each pilcrow: matchAll and its match arrays were most of the paragraph split.
 */
function pilcrowStarts(text: string): Start[] {
  const out: Start[] = [];
  for (let at = text.indexOf('¶'); at >= 0; ) {
    let p = at + 1;
    while (isBlank(text.charCodeAt(p))) p++;
    const digits = p;
    while (p - digits < 3 && isDigit(text.charCodeAt(p))) p++;
    if (p === digits) {
      at = text.indexOf('¶', at + 1);
      continue;
    }
    const n = Number(text.slice(digits, p));
    while (isBlank(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c === 46 || c === 41) p++;
    if (at === 0 || /\s/.test(text[at - 1]!)) out.push({ at, end: p, n });
    at = text.indexOf('¶', p);
  }
  return out;
}

const isBlank = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Keeps the candidates that continue the numbering: a list item "2." inside paragraph 5 is not one.
 * Numbering starts at 1 to 3; with pilcrows it may start higher when the next two follow on, as in
 * the later parts of a cable sent in several ("PARAGRAPH NUMBERS REFLECT FULL CABLE LENGTH": ¶38, ¶39 ...).
 */
function sequence(candidates: Start[], pilcrows = false): Start[] {
  const out: Start[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (!last) {
      const continued = pilcrows && candidates[k + 1]?.n === c.n + 1 && candidates[k + 2]?.n === c.n + 2;
      if (c.n <= 3 || continued) out.push(c);
      continue;
    }
    if (c.n === last.n + 1 || (c.n > last.n + 1 && c.n <= last.n + 3)) out.push(c);
  }
  return out;
}

// Header fields are not headings, even when they stand alone before paragraph 1.
const FIELD_LABEL = /^(?:TAGS?\b|U?SUBJ(?:ECT)?\b|E\.?[ \t]?O\.?[ \t]*1|EO[ \t]+1|DECL\b|REFS?\b|REF\(S\)|CLASSIFIED[ \t]+BY|SIPDIS|NOFORN|SENSITIVE|PASS TO|FOR\b|DEPT\b|\(?[A-Z]\)|[A-Z]\.[ \t])/i;
const HEADING_LINE = /^[ \t]*[A-Z0-9"'(][^\n]{0,110}$/;

/** A short title-like block (optionally underlined) after a blank line at the end of a chunk. */
function headingAtEnd(chunk: string, preamble = false): { rest: string; heading: string | undefined } {
  const trimmed = chunk.trimEnd();
  // Without a blank line among the last five, a paragraph's chunk has no heading: most have none,
  // and this test cuts out no lines.
  if (!preamble && !blankAmongLastLines(trimmed, 5)) return { rest: chunk, heading: undefined };
  // Only the last five lines can hold the heading: they are cut off the end, not the chunk split.
  const tail = lastLines(trimmed, 5);
  const all = tail.starts[0] === 0;
  let blank = -1;
  for (let j = tail.lines.length - 1; j >= 0; j--) {
    if (tail.lines[j]!.trim() === '') {
      blank = j;
      break;
    }
  }
  // A chunk of three lines or fewer with no blank line is all heading candidate (text before ¶1).
  if (blank < 0 && (!preamble || !all || tail.lines.length > 3)) return { rest: chunk, heading: undefined };
  // Filled in a loop: map and filter return an array of another elements kind when empty.
  const block: string[] = [];
  for (let j = blank + 1; j < tail.lines.length; j++) {
    let l = tail.lines[j]!.trim();
    // An underline or rule can only be cut off a line that starts or ends with one of its characters.
    if (isRuleCode(l.charCodeAt(0)) || isRuleCode(l.charCodeAt(l.length - 1))) l = l.replace(/^[-=_ ]{3,}|[-=_ ]{3,}$/g, '').trim();
    if (l.length > 0) block.push(l);
  }
  // The lines before the blank one (with no blank line: all but the last, as slice(0, -1) gave).
  const restEnd = tail.starts[blank < 0 ? tail.lines.length - 1 : blank]!;
  const rest = trimmed.slice(0, Math.max(0, restEnd - 1));
  if (block.length === 0) return { rest, heading: undefined };
  // Most blocks are the end of a paragraph's text: more than two lines, or ending in a stop, which
  // no heading does. The heading's last character is its last line's (the lines are trimmed, and
  // the replace below only touches white space), so both are known before the heading is built.
  if (block.length > 2 || endsInStop(block[block.length - 1]!)) return { rest: chunk, heading: undefined };
  const heading = block.join(' ').replace(/\s+/g, ' ');
  const titleLike =
    !block.some((l) => FIELD_LABEL.test(l)) &&
    HEADING_LINE.test(heading) &&
    !/^(?:END\b|[A-Z]\)|--)/i.test(heading) &&
    spaceCount(heading) < 14;
  return titleLike ? { rest, heading } : { rest: chunk, heading: undefined };
}

/** [-=_] (a trimmed line starts and ends with no blank) */
function isRuleCode(c: number): boolean {
  return c === 45 || c === 61 || c === 95;
}

/** /[.;,]$/ */
function endsInStop(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 59 || c === 44;
}

/** heading.split(' ').length - 1 */
function spaceCount(text: string): number {
  let n = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** Whether one of the last n lines of a text (as lastLines cuts them) trims to nothing. */
function blankAmongLastLines(text: string, n: number): boolean {
  let end = text.length;
  for (let k = 0; k < n; k++) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    let p = nl + 1;
    while (p < end && isTrimmedSpace(text.charCodeAt(p))) p++;
    if (p === end) return true;
    if (nl < 0) return false;
    end = nl;
  }
  return false;
}

/** The characters String.prototype.trim removes: white space and line terminators. */
function isTrimmedSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last n lines of a text (fewer when it has fewer) and where each starts. */
function lastLines(text: string, n: number): { lines: string[]; starts: number[] } {
  const starts: number[] = [];
  for (let end = text.length; starts.length < n; ) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    starts.push(nl + 1);
    if (nl < 0) break;
    end = nl;
  }
  starts.reverse();
  const lines = starts.map((s, k) => text.slice(s, k + 1 < starts.length ? starts[k + 1]! - 1 : text.length));
  return { lines, starts };
}

const LIST_LINE = /^(?:--?|\*|o |[A-Za-z][.)][ \t]|\(?[a-zA-Z0-9]{1,2}\)[ \t]|\d{1,2}[.)][ \t]|[A-Z][A-Za-z .]{0,30}:[ \t])/;

/**
 * Joins wrapped lines; keeps blank-line breaks and list items on their own lines. One pass over the
 * lines: a line of blanks (spaces, tabs) ends a block, as splitting on /\n[ \t]*\n/ did, since empty
 * blocks were dropped; other lines that trim to nothing are skipped. The lines are found and
 * trimmed in place, as text.split('\n') and trim() gave them, without an array of every line.
 */
export function unwrap(text: string): string {
  let out = '';
  let acc = '';
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    let to = end;
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    if (from === to) {
      if (acc !== '' && onlyBlanks(text, start, end)) {
        out = out === '' ? acc : `${out}\n\n${acc}`;
        acc = '';
      }
    } else {
      const line = text.slice(from, to);
      acc = acc === '' ? line : LIST_LINE.test(line) ? `${acc}\n${line}` : `${acc} ${line}`;
    }
    start = end + 1;
  }
  if (acc !== '') out = out === '' ? acc : `${out}\n\n${acc}`;
  return out.includes('  ') || out.includes('\t') ? out.replace(/[ \t]{2,}/g, ' ') : out;
}

/** Whether text[start, end) is spaces and tabs only (/^[ \t]*$/ on the line). */
function onlyBlanks(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const SIGNER_STOPWORDS = /\b(?:END|COMMENT|SUMMARY|TEXT|NOTE|REGARDS|THANKS|UNQUOTE|MINIMIZE|SIPDIS|CONFIDENTIAL|SECRET|UNCLASSIFIED|CLASSIFIED|NOFORN|CITY)\b/i;

/** Lines that trail the text proper: markings, stamps, routing notes, separators. */
function isTrailer(line: string): boolean {
  const t = line.trim();
  return (
    t === '' ||
    /^[.>\-#*=_\s]+$/.test(t) ||
    /^=+[ \t]*CABLE ENDS[ \t]*=+$/i.test(t) ||
    /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|NOFORN|SIPDIS|NNNN|BT)$/i.test(t) ||
    /^Declassified\/Released\b|^Review \d/i.test(t) ||
    /^NOTE(?: BY [^:]{1,20})?:/.test(t) ||
    /^GP-\d$/.test(t) ||
    /\bClassification:\s*[A-Z ]+$/.test(t) ||
    /^\d{4}[A-Z]{3,}\d+\b/.test(t)
  );
}

const NAME_LINE = /^[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,2}$/;
/** A surname in capitals ("MARLOW", "LU", "O'BRIEN", "HARPER-LOWE"). */
const CAPS_NAME = /^[A-Z][A-Z'’\-]*[A-Z]$/;
/** A surname as written in mixed case ("Dalton", "McAllister", "LeClair", "Harper-Lowe"). */
const MIXED_NAME = /^(?:Mc|Mac|Le|La|De|Di|Du|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
const NAME_PARTICLE = /^(?:van|von|de|da|del|della|di|du|le|la)$/;
/** What a signer follows on the text's last line: a sentence's end, a separator or a redaction. */
const BEFORE_SIGNER = /(?:[.!?:;"')\]”’*]|X{4,}|\bEND[ \t]+(?:OF[ \t]+)?(?:COMMENT|TEXT|NOTE|SUMMARY|CABLE TEXT)|\bMINIMIZE[ \t]+CONSIDERED)$/i;
// The end of a line the signer stands after, as archives left it: a date stamp ("KELLER 0
// 03/04/2009 ..."), an end marker ("DALTON NNNN End Cable Text"), stray quotes, commas or a
// lone full stop ("MARLOW .", 'HOLLIS "').
const STAMP_TAIL = /[ \t]+0[ \t]+\d{1,2}\/\d{1,2}\/\d{4}\b.*$/;
const END_TAIL = /[ \t]+NNNN(?:[ \t]+End[ \t]+Cable[ \t]+Text)?[ \t]*$/i;
const JUNK_TAIL = /[ \t"',]+$|[ \t]+\.+$/;
const WEBSITE_TAIL = /[ \t*]*Visit [^.\n]{0,80}?Classified Web[ \t]?[Ss]ite\b[^\n]{0,120}$/;

const FUNCTION_WORD = /^(?:The|This|That|These|Those|There|Then|It|He|She|We|They|In|On|At|As|If|But|And|For|Our|His|Her|Its|Their|When|While|With|From|To|By|Of|Or|So|No|Not|All|Any|Some|Post|Embassy|Mission|Comment|Note|Text|Summary)$/;

function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + word.length] ?? '';
    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after)) return true;
  }
  return false;
}

interface SignerCut {
  /** The line without the signer (and without the archive's tail after it). */
  rest: string;
  signer: string;
}

/**
 * The signer at the end of the text's last line, after a sentence's end or a separator ("...
 * follow the case. McAllister", "... END COMMENT GRAYSON", "...******** PELTON", "MARLOW ."), or,
 * in a mixed-case text, a surname in capitals after prose ("... Department of State CLINTON").
 */
function signerAtEnd(line: string, mixedCase: boolean, acronyms: ReadonlySet<string>): SignerCut | null {
  // Only the line's end is read: a last line can be a whole paragraph.
  const from = Math.max(0, line.length - 300);
  let s = line.slice(from);
  const stamp = STAMP_TAIL.exec(s);
  if (stamp && stamp.index > s.length - 200) s = s.slice(0, stamp.index);
  s = s.replace(END_TAIL, '');
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(JUNK_TAIL, '');
  }
  const tokens = s.split(/[ \t]+/);
  let last = tokens.pop() ?? '';
  // "XXXXXXXXXXXXBARLOW": the redaction runs into the name.
  const glued = /^X{6,}([A-WYZ][A-Za-z'’\-]+)$/.exec(last);
  if (glued) {
    tokens.push('XXXXXX');
    last = glued[1]!;
  }
  const caps = CAPS_NAME.test(last.replace(/\.$/, ''));
  if (caps) last = last.replace(/\.$/, '');
  if (!caps && !MIXED_NAME.test(last)) return null;
  // A capitalised word the line also writes in lower case starts a sentence the copy cuts off
  // ("... was 5.6 percent. The"); a surname does not.
  if (!caps && (FUNCTION_WORD.test(last) || hasWord(line, last.toLowerCase()))) return null;
  if (SIGNER_STOPWORDS.test(last)) return null;
  const name = [last];
  // "van Dijk"; "FENWICK Fenwick" and "DALTON DALTON" (the name twice); "KEEGAN PAAL".
  const prev = tokens.at(-1) ?? '';
  const prevCaps = CAPS_NAME.test(prev) && !/^X+$/.test(prev) && !SIGNER_STOPWORDS.test(prev);
  if (NAME_PARTICLE.test(prev)) name.unshift(tokens.pop()!);
  else if (prevCaps && prev === last.toUpperCase()) name[0] = tokens.pop()!;
  else if (caps && prevCaps && BEFORE_SIGNER.test(tokens.slice(0, -1).join(' '))) name.unshift(tokens.pop()!);
  const rest = tokens.join(' ');
  const boundary = rest === '' ? from === 0 : BEFORE_SIGNER.test(rest) || /Classified Web ?[Ss]ite/.test(rest);
  const afterProse =
    caps && mixedCase && last.length >= 4 && /[AEIOUY]/.test(last) && !acronyms.has(last) && /[a-z0-9,]$/.test(rest);
  if (!boundary && !afterProse) return null;
  // The embassy's pointer to its classified web site, and the rules of stars around it, stood
  // between the text and the signer ("... Visit Oslo's Classified Website: XXXXXXXXXXXX BARLOW").
  const text = (line.slice(0, from) + rest)
    .replace(WEBSITE_TAIL, '')
    .replace(/[ \t*]+$/, '')
    .replace(/([.!?"”])[ \t]+X{6,}$/, '$1');
  return { rest: text, signer: name.join(' ') };
}

/** The signer's name on the last line ("PEARSON", "Randt", "TIMKEN JR", "... END OF TEXT. BAKER"), taken off the text. */
function takeSigner(chunk: string): { text: string; signer: string | null } {
  const lines = chunk.split('\n');
  while (lines.length > 0 && isTrailer(lines.at(-1)!)) lines.pop();
  const last = (lines.at(-1) ?? '').trim().replace(/[ \t#.]+$/, '');
  const mixedCase = /[a-z]{3}/.test(chunk);
  const prev = [...lines.slice(0, -1)].reverse().find((l) => !isTrailer(l))?.trim() ?? '';
  const prevBreaks = lines.length > 1 && (isTrailer(lines.at(-2)!) || /[.!?:"')\]]$/.test(prev) || mixedCase);
  const looksLikeName =
    NAME_LINE.test(last) &&
    (last === last.toUpperCase() || MIXED_NAME.test(last)) &&
    !SIGNER_STOPWORDS.test(last) &&
    last.length <= 30 &&
    prevBreaks;
  if (looksLikeName) return { text: lines.slice(0, -1).join('\n'), signer: last };
  if (lines.length === 0) return { text: chunk, signer: null };
  const cut = signerAtEnd(lines.at(-1)!, mixedCase, cableVocab().acronyms);
  if (cut === null) return { text: chunk, signer: null };
  // A line that held the signer alone after a line the archive wrapped ("van Dijk").
  if (cut.rest.trim() === '' && !prevBreaks) return { text: chunk, signer: null };
  lines[lines.length - 1] = cut.rest;
  return { text: lines.join('\n'), signer: cut.signer };
}

/**
 * An unnumbered cable's text without the header fields before it (SIPDIS, addressing lines, E.O.,
 * TAGS, SUBJECT, REF, Classified By): the blocks up to the last one that holds a field are dropped.
 */
function withoutHeaderFields(text: string): string {
  const blocks = text.split(/\n[ \t]*\n/);
  let last = -1;
  blocks.slice(0, 12).forEach((block, i) => {
    if (/^[ \t]*(?:E\.?[ \t]?O\.?[ \t]*1|EO[ \t]+1|TAGS?\b|U?SUBJ(?:ECT)?\b|REFS?\b|REF\(S\)|CLASSIFIED[ \t]+BY|SIPDIS|NOFORN|SENSITIVE)/im.test(block)) last = i;
  });
  return blocks.slice(last + 1).join('\n\n');
}
