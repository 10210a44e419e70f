// The classification banner: the line that names the level, any caveats, the section of a
// multi-section cable and the originating station with its serial ("SECRET SECTION 01 OF 02
// BEIJING 001448"). It fixes the cable's classification and, with the DTG year, its id.
import { type Level, levelOfBannerWord } from './markings.js';

export interface Banner {
  line: number;
  text: string;
  level: Level;
  /** The classification as written at the head of the banner, e.g. "SECRET//NOFORN", "UNCLAS". */
  written: string;
  caveats: string[];
  station: string | null;
  serial: string | null;
  section: { n: number; of: number } | null;
  /** Text that followed the serial on the banner line in a copy that lost its line breaks. */
  rest: string;
}

const LEVEL_WORDS = String.raw`TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLASS|UNCLAS|LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|SBU`;
const HEAD_RE = new RegExp(String.raw`^[ \t]*(${LEVEL_WORDS})\b((?:[ \t]*\/\/?[ \t]*[A-Z][A-Z ]*?)*)(?=[ \t]|$)(.*)$`, 'i');
// The serial ends the line, or (in copies that lost their line breaks) runs into the next field.
const TAIL_RE = /^(.*?)(?:\bSECTION[ \t]+0*(\d+)[ \t]+OF[ \t]+0*(\d+)[ \t]+)?\b([A-Z][A-Z .'-]*?)[ \t]+(\d{3,7})(?:[ \t]*$|(?<=\d{5})[ \t]*((?:SIPDIS|E\.?[ \t]?O\.?|NOFORN|SENSITIVE|FOR\b|DEPT|TAGS).*)$)/i;
const STATION_LINE_RE = /^[ \t]*(?:SECTION[ \t]+0*(\d+)[ \t]+OF[ \t]+0*(\d+)[ \t]+)?([A-Z][A-Z .'-]*?)[ \t]+(\d{3,7})[ \t]*$/;

/** Finds the banner among the first lines of a cable; lines before `from` are routing header. */
export function findBanner(lines: readonly string[], from = 0): Banner | null {
  const limit = Math.min(lines.length, from + 80);
  for (let i = from; i < limit; i++) {
    const banner = readBannerLine(lines, i);
    if (banner) return banner;
  }
  return null;
}

function readBannerLine(lines: readonly string[], i: number): Banner | null {
  const line = lines[i]!;
  const head = HEAD_RE.exec(line);
  if (!head) return null;
  const level = levelOfBannerWord(head[1]!);
  if (level === null) return null;
  const caveats: string[] = [];
  splitCaveats(head[2] ?? '', caveats);
  const rest = (head[3] ?? '').trim();
  const tail = TAIL_RE.exec(rest);
  if (tail) {
    splitCaveats(tail[1] ?? '', caveats);
    const banner = make(i, line, head[1]!, level, caveats, tail[4]!, tail[5]!, tail[2], tail[3]);
    banner.rest = tail[6] ?? '';
    if (banner.rest) banner.text = banner.text.slice(0, banner.text.length - banner.rest.trim().length).trim();
    return banner;
  }
  // The station and serial may stand on the next line.
  const next = STATION_LINE_RE.exec(lines[i + 1] ?? '');
  if (rest === '' || /^(SECTION|\/\/)/i.test(rest)) {
    if (next) return make(i, `${line} ${lines[i + 1]}`, head[1]!, level, caveats, next[3]!, next[4]!, next[1], next[2]);
  }
  return null;
}

function make(
  i: number,
  line: string,
  word: string,
  level: Level,
  caveats: string[],
  station: string,
  serial: string,
  sectionN: string | undefined,
  sectionOf: string | undefined,
): Banner {
  let written = word.toUpperCase();
  const unique: string[] = [];
  for (const c of caveats) {
    if (c !== 'EFTO') written += `//${c}`;
    if (!unique.includes(c)) unique.push(c);
  }
  return {
    line: i,
    text: line.trim().replace(/\s+/g, ' '),
    level,
    written,
    caveats: unique,
    station: station.toUpperCase().trim(),
    serial,
    section: sectionN && sectionOf ? { n: Number(sectionN), of: Number(sectionOf) } : null,
    rest: '',
  };
}

const CAVEAT_RE = /^(NOFORN|NF|EFTO|ORCON|FOUO|SIPDIS|REL [A-Z ,]+|FOR OFFICIAL USE ONLY|SENSITIVE|SBU|EXDIS|NODIS|LIMDIS)$/;

/**
 * Adds the caveats of a text to `out`, in order. A loop into the caller's array, not a chain of
 * map and filter: those return arrays of another elements kind when empty, and the code optimised
 * for one kind was thrown away (deoptimised) each time it met the other.
 */
function splitCaveats(text: string, out: string[]): void {
  if (text === '') return;
  for (const part of text.toUpperCase().split(/\/+|\s{2,}/)) {
    const s = part.trim();
    if (CAVEAT_RE.test(s)) out.push(s === 'NF' ? 'NOFORN' : s);
  }
}
