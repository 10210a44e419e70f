// Finds the concepts a description names and the role each plays: what the item is ("graphite
// cylinders"), a modifier of the item ("rocket motor" in "rocket motor test stand"), or what the item
// is for ("accelerometer for inertial navigation systems").
import { FEATURE_CONCEPTS, FORM_CONCEPTS } from './concept-features.js';
import { ARMS_CONCEPTS, SUBSTANCE_CONCEPTS } from './concept-substances.js';
import { CONCEPTS, type ConceptDef } from './concepts.js';
import type { Role } from './types.js';

export interface ConceptMatch {
  def: ConceptDef;
  text: string;
  start: number;
  end: number;
  role: Role;
}

const ALL: ConceptDef[] = [...SUBSTANCE_CONCEPTS, ...ARMS_CONCEPTS, ...CONCEPTS, ...FORM_CONCEPTS, ...FEATURE_CONCEPTS];

// Words are letters and digits; a name never starts or ends inside one. (Explicit ranges rather than
// \p{L}: a thousand Unicode-property regexes take a noticeable time to compile on each run.)
const WORD = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const wrap = (src: string): string => `(?<![${WORD}])(?:${src})(?![${WORD}])`;

/**
 * The longest literal text (lower case, at least 3 characters) that every match of a pattern holds,
 * or null: a text without it cannot match, and looking for a string costs far less than running the
 * regex over a whole paragraph (extraction scans every paragraph with all the patterns).
 */
export function requiredLiteral(src: string): string | null {
  let depth = 0;
  let run = '';
  let best = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (depth === 0 && /[A-Za-z0-9 ,'-]/.test(c)) {
      run += c;
      continue;
    }
    // A quantifier makes the character before it optional; anything else ends the run.
    if (/[?*{]/.test(c) && run) run = run.slice(0, -1);
    end();
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
    else if (c === '[') while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    else if (c === '{') while (i < src.length && src[i] !== '}') i++;
  }
  end();
  return best.length >= 3 ? best.toLowerCase() : null;
}

const COMPILED: Array<{ re: RegExp; def: ConceptDef; literal: string | null }> = ALL.flatMap((def) => [
  ...def.patterns.map((p) => ({ re: new RegExp(wrap(p), 'gi'), def, literal: requiredLiteral(p) })),
  ...(def.exact ?? []).map((p) => ({ re: new RegExp(wrap(p), 'g'), def, literal: requiredLiteral(p) })),
]);

const PURPOSE = new RegExp(
  [
    String.raw`(?:(?:specially\s+)?(?:designed|modified|intended|suitable|used|usable|made|built|rated|developed)(?:\s+(?:or|and)\s+(?:modified|designed))?\s+)?for(?:\s+(?:the\s+)?use\s+(?:in|as|with|on|by))?`,
    String.raw`for\s+use\s+(?:in|as|with)`,
    String.raw`used\s+(?:in|as|with)`,
    String.raw`usable\s+(?:in|for)`,
  ]
    .map((s) => `\\b${s}\\b`)
    .join('|'),
  'gi',
);

export function scanConcepts(text: string): ConceptMatch[] {
  const raw: Array<Omit<ConceptMatch, 'role'>> = [];
  const lower = text.toLowerCase();
  for (const { re, def, literal } of COMPILED) {
    if (literal !== null && !lower.includes(literal)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      raw.push({ def, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  // Longest name first; on equal length the earlier-listed concept wins (a stable sort keeps order).
  raw.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Array<Omit<ConceptMatch, 'role'>> = [];
  for (const r of raw) if (!kept.some((k) => r.start < k.end && r.end > k.start)) kept.push(r);
  kept.sort((a, b) => a.start - b.start);
  const purposes = purposeSpans(text);
  const roles = kept.map((k, i) => ({ ...k, role: roleOf(k, kept[i + 1], text, purposes) }));
  return markComponents(text, roles);
}

// "IMU with fibre optic gyros", "INS with accelerometers ...": once the item has been named, products
// named after "with" are its parts, not the goods shipped. ("pencils with graphite cores" names no
// item first, so the graphite stays the item.)
function markComponents(text: string, hits: ConceptMatch[]): ConceptMatch[] {
  const withAt = text.search(/\bwith\b/i);
  if (withAt < 0) return hits;
  const named = hits.some((h) => h.end <= withAt && h.role === 'item' && (h.def.kind === 'product' || h.def.ids.includes('navigation')));
  if (!named) return hits;
  return hits.map((h) => (h.start > withAt && h.role === 'item' && h.def.kind === 'product' ? { ...h, role: 'modifier' } : h));
}

function purposeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  PURPOSE.lastIndex = 0;
  for (let m = PURPOSE.exec(text); m; m = PURPOSE.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[,;.()]|\bwith\b|\band\b(?=\s+\d)/);
    spans.push([m.index, stop < 0 ? text.length : from + stop]);
  }
  return spans;
}

function roleOf(
  k: Omit<ConceptMatch, 'role'>,
  next: Omit<ConceptMatch, 'role'> | undefined,
  text: string,
  purposes: Array<[number, number]>,
): Role {
  if (purposes.some(([a, b]) => k.start >= a && k.end <= b)) return 'purpose';
  // A product named right before another product describes it: "rocket motor test stand".
  if (k.def.kind === 'product' && next && next.def.kind === 'product' && /^[\s-]*$/.test(text.slice(k.end, next.start))) {
    return 'modifier';
  }
  return 'item';
}
