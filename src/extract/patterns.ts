// Mentions found by pattern rather than by the tagger: UN Security Council resolutions ("UNSCR
// 1747", "Resolution 1737", "UNSC resolutions 1718 and 1874"), export-control regimes (MTCR, NSG,
// Australia Group, Wassenaar ...) and controlled items named in the item-screening vocabulary.
import { scanConcepts } from '../controls/concept-scan.js';

export interface PatternHit {
  type: 'RESOLUTION' | 'REGIME' | 'ITEM';
  start: number;
  end: number;
  normalized: string;
  concepts?: string[];
}

const RESOLUTION = /\b(?:UNSCRs?|UNSC\s+[Rr]esolutions?|U\.N\.\s+Security\s+Council\s+[Rr]esolutions?|(?:Security\s+Council\s+|UN\s+)?[Rr]esolutions?|RESOLUTIONS?|SCR)\s*(?:No\.?\s*)?(\d{3,4}(?:\s*\(\d{4}\))?(?:\s*(?:,|and|AND|&)\s*\d{3,4}(?:\s*\(\d{4}\))?)*)/g;

// Regimes and the treaties they work under, with their short names.
const REGIMES: Array<[RegExp, string]> = [
  [/\b(?:MTCR|Missile Technology Control Regime|MISSILE TECHNOLOGY CONTROL REGIME)\b/g, 'MTCR'],
  [/\b(?:NSG|Nuclear Suppliers'? Group|NUCLEAR SUPPLIERS'? GROUP)\b/g, 'NSG'],
  [/\b(?:Australia Group|AUSTRALIA GROUP)\b/g, 'Australia Group'],
  [/\b(?:Wassenaar(?: Arrangement)?|WASSENAAR(?: ARRANGEMENT)?)\b/g, 'Wassenaar Arrangement'],
  [/\b(?:Zangger Committee|ZANGGER COMMITTEE)\b/g, 'Zangger Committee'],
  [/\b(?:PSI|Proliferation Security Initiative|PROLIFERATION SECURITY INITIATIVE)\b/g, 'PSI'],
  [/\b(?:HCOC|Hague Code of Conduct|HAGUE CODE OF CONDUCT)\b/g, 'HCOC'],
  [/\b(?:NPT|Non-?Proliferation Treaty|NON-?PROLIFERATION TREATY)\b/g, 'NPT'],
  [/\b(?:CWC|Chemical Weapons Convention|CHEMICAL WEAPONS CONVENTION)\b/g, 'CWC'],
  [/\b(?:BWC|Biological Weapons Convention|BIOLOGICAL WEAPONS CONVENTION)\b/g, 'BWC'],
];

function resolutions(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  RESOLUTION.lastIndex = 0;
  for (let m = RESOLUTION.exec(text); m; m = RESOLUTION.exec(text)) {
    // "resolution 15" in ordinary prose is not a UN resolution: numbers start at 100 (1946 on).
    const numbers = [...m[1]!.replace(/\(\d{4}\)/g, (y) => ' '.repeat(y.length)).matchAll(/\b(\d{3,4})\b/g)].map((n) => n[1]!).filter((n) => Number(n) >= 100);
    if (numbers.length === 0) continue;
    // Each number of a list is its own mention; the first one carries the word "Resolution".
    let from = m.index;
    for (const n of numbers) {
      const at = text.indexOf(n, from === m.index ? m.index + m[0].length - m[1]!.length : from);
      out.push({ type: 'RESOLUTION', start: from, end: at + n.length, normalized: `UNSCR ${n}` });
      from = at + n.length;
      const nextAt = text.indexOf(numbers[numbers.indexOf(n) + 1] ?? '\u0000', from);
      if (nextAt > 0) from = nextAt;
    }
  }
  return out;
}

function regimes(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const [re, name] of REGIMES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ type: 'REGIME', start: m.index, end: m.index + m[0].length, normalized: name });
  }
  return out;
}

// A material with the form or product named after it is one item: "graphite cylinders",
// "tungsten powder". Substances, arms and features alone are items too; bare forms are not.
function items(text: string): PatternHit[] {
  const hits = scanConcepts(text).filter((h) => h.role === 'item' || h.role === 'modifier');
  const out: PatternHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.def.kind === 'form' || h.def.kind === 'feature') continue;
    let end = h.end;
    const concepts = [...h.def.ids];
    const next = hits[i + 1];
    if (next && (next.def.kind === 'form' || next.def.kind === 'product') && /^[\s-]*$/.test(text.slice(h.end, next.start))) {
      end = next.end;
      concepts.push(...next.def.ids);
      i++;
    }
    const written = text.slice(h.start, end);
    out.push({ type: 'ITEM', start: h.start, end, normalized: written.toLowerCase().replace(/\s+/g, ' '), concepts });
  }
  return out;
}

/** Resolutions, regimes and items in a text, non-overlapping, in order. */
export function patternMentions(text: string): PatternHit[] {
  const all = [...resolutions(text), ...regimes(text), ...items(text)];
  all.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: PatternHit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
