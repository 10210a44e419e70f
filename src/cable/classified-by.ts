// "Classified By: Deputy Chief of Mission Daniel Piccuta. Reasons 1.4 (b/d)." in its hundred surface
// forms: the classifying authority as written, the person's name without the title, and the
// classification reasons as section-letter pairs ("1.4(b)", "1.4(d)").
import { personName } from './person-name.js';

export interface ClassifiedBy {
  /** The authority as written, e.g. "Deputy Chief of Mission Daniel Piccuta". */
  text: string | null;
  /** The person (or persons) named, without their titles. */
  names: string[];
  reasons: string[];
}

const LABEL_RE = /\bclass(?:i)?fi?(?:i)?ed[ \t]+by\b[ \t]*:?/gi;
const REASON_WORD = String.raw`(?:r\s?e\s?a\s?s\s?[o0]\s?n|r\s?e\s?a\s?[o0]\s?n|r\s?e\s?s\s?[o0]\s?n|r\s?a\s?s\s?[o0]\s?n)(?:\s?\(?\s?s\s?\)?)?|reas(?=\s*\(|\s*$)`;
const TERMINATOR_RE = new RegExp(
  [
    String.raw`[ \t\n]*[,;:\-]?[ \t\n]*\b(?:for|per|fr|f0r)?[ \t\n]*\b(?:${REASON_WORD})\b`,
    String.raw`[ \t\n]*[,;.]?[ \t\n]*\bbased[ \t]+(?:on|upon|0n)\b`,
    String.raw`[ \t\n]*[,;.]?[ \t\n]*\b(?:under|due[ \t]+to|per|for)[ \t\n]+(?:section|e\.?[ \t]?o\.?|eo|1[.,]|12958)`,
    String.raw`[ \t\n]*[,;:.\-]?[ \t\n]*\b(?:e\.[ \t]?o\.?|eo)[ \t]*1[23]\d{3}`,
    String.raw`[ \t\n]*[,;:.\-]?[ \t\n]*\b1[ \t]?[.,][ \t\n]?[2-5][ \t]*(?:\(|\.?[ \t]?[a-h]\b)`,
    String.raw`[ \t]*\n[ \t]*\n`,
    String.raw`[ \t]*\n[ \t]*(?:¶|\d{1,2}\.[ \t]*\(|\(?[A-Z]{1,3}\)|SUMMARY|Summary)`,
  ].join('|'),
  'i',
);

/** Finds the classification authority and reasons in the header region of a cable. */
export function parseClassifiedBy(region: string): ClassifiedBy {
  const labels = [...region.matchAll(LABEL_RE)];
  if (labels.length === 0) return { text: null, names: [], reasons: parseReasons(region) };
  let first: ClassifiedBy | null = null;
  for (let k = 0; k < labels.length; k++) {
    const m = labels[k]!;
    // "Classified By: Classified by DCM X": the repeat is the one to read.
    const next = labels[k + 1];
    if (next && next.index! - (m.index! + m[0].length) < 16) continue;
    const found = readAt(region, m.index!, m[0].length);
    first ??= found;
    // A label followed by REF lines or "LINE ADDED" names nobody: a later label may.
    if (found.names.length > 0 && !/\d{3}/.test(found.text ?? '')) return found;
  }
  return first!;
}

function readAt(region: string, index: number, length: number): ClassifiedBy {
  const start = index + length;
  const lineStart = region.lastIndexOf('\n', index) + 1;
  const raw = region.slice(start, start + 400);
  const block = joinHardWraps(raw, start - lineStart + raw.split('\n')[0]!.trimEnd().length);
  const stop = TERMINATOR_RE.exec(block);
  let text = (stop ? block.slice(0, stop.index) : block.split('\n')[0]!).replace(/\s+/g, ' ').trim();
  text = text.replace(/^(?:\(\w+\)\s*|1\.\s*)+/, '').replace(/[\s,;:\-]+$/, '');
  // A final period ends the sentence, unless it ends "Jr." or an initial.
  if (!/\b(?:Jr|JR|Sr|SR|[A-Z])\.$/.test(text)) text = text.replace(/[\s.]+$/, '');
  text = text.trim();
  const reasons = parseReasons(stop ? block.slice(stop.index) : block);
  return { text: text.length > 0 ? text : null, names: text ? personName(text) : [], reasons };
}

/**
 * Lines of the classified-by block are cut at a fixed width (70 characters), sometimes inside a word
 * ("Hoyt Y / ee"): a full-width line followed by a line that starts at the margin continues it.
 */
function joinHardWraps(block: string, firstWidth: number): string {
  const lines = block.split('\n');
  const out: string[] = [lines[0]!];
  let width = firstWidth;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (i < 8 && width >= 69 && width <= 72 && /^[A-Za-z0-9()]/.test(line)) {
      // Inside a word the next line starts in lower case; otherwise it starts a new word.
      const glue = /^[a-z]/.test(line) || /^[A-Z]{1,4}\b/.test(line) && /[A-Z]{2}$/.test(out[out.length - 1]!.trimEnd()) ? '' : ' ';
      out[out.length - 1] = out[out.length - 1]!.trimEnd() + glue + line;
    } else out.push(line);
    width = line.trimEnd().length;
  }
  return out.join('\n');
}

const REASONS_RE = /\b(1)[ \t]?[.,][ \t\n]?([2-7])\b[ \t.]*((?:[ \t\n]*(?:\(|\)|,|&|\+|\/|\band\b|\bor\b|[a-h]\b|\.(?=[ \t]?[a-h]\b))[ \t]*)+)/i;

/** "1.4 (b) and (d)", "1.4 (B/D)", "1.5 b, c, and d", "1.4(b)(d)" -> ["1.4(b)", "1.4(d)"]. */
export function parseReasons(text: string): string[] {
  const m = REASONS_RE.exec(text);
  if (!m) return [];
  const section = `1.${m[2] === '2' ? '4' : m[2]}`;
  const letters = [...m[3]!.toLowerCase().matchAll(/(?<![a-z])([a-h])(?![a-z])/g)].map((l) => l[1]!);
  return [...new Set(letters)].map((l) => `${section}(${l})`);
}
