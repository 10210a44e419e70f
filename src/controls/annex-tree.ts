// The full EU Annex I tree (366 entries, 3,851 paragraphs), read at run time from
// $DEMARCHE_DATA/controls/eu_annex1_regulations.json, and a word search over it, so that goods outside
// the parameter rules still find their candidate entries with the legal text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { requireDataDir } from '../config.js';
import { DemarcheError } from '../errors.js';

export interface AnnexParagraph {
  /** Full number, e.g. "1C117.a" or "1C107.a.1"; notes carry their parent's number. */
  code: string;
  regulation: string;
  regime: string;
  kind: string;
  text: string;
}

export interface AnnexHit {
  eu: string;
  regime: string;
  score: number;
  text: string;
  /** The entry's heading, for context. */
  heading: string;
  matched: string[];
}

const recordSchema = z.object({ model: z.string(), pk: z.number(), fields: z.record(z.string(), z.unknown()) });

const clean = (s: string): string => s.replace(/<[^>]+>|&\w+;/g, ' ').replace(/\s+/g, ' ').trim();

export class AnnexTree {
  readonly paragraphs: AnnexParagraph[];
  private readonly df = new Map<string, number>();
  private readonly tokens: string[][];
  private readonly headings = new Map<string, string>();

  constructor(paragraphs: AnnexParagraph[]) {
    this.paragraphs = paragraphs;
    this.tokens = paragraphs.map((p) => [...new Set(words(`${p.code} ${p.text}`))]);
    for (const t of this.tokens) for (const w of t) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    for (const p of paragraphs) if (!this.headings.has(p.regulation)) this.headings.set(p.regulation, p.text);
  }

  /**
   * The best entries for the words of a description, best first: an entry scores the rarity (idf) of
   * the query words found anywhere in its paragraphs, and shows its paragraph with the most of them.
   */
  search(query: string, limit = 5): AnnexHit[] {
    const q = [...new Set(words(query))].filter((w) => this.df.has(w));
    const n = this.paragraphs.length;
    const idf = (w: string): number => Math.log(n / (this.df.get(w) ?? n));
    const byReg = new Map<string, { words: Set<string>; best?: { p: AnnexParagraph; score: number; matched: string[] } }>();
    this.paragraphs.forEach((p, i) => {
      const matched = q.filter((w) => this.tokens[i]?.includes(w));
      if (matched.length === 0 || p.kind !== 'base') return;
      const score = matched.reduce((s, w) => s + idf(w), 0);
      const reg = byReg.get(p.regulation) ?? { words: new Set<string>() };
      matched.forEach((w) => reg.words.add(w));
      if (!reg.best || score > reg.best.score) reg.best = { p, score, matched };
      byReg.set(p.regulation, reg);
    });
    const hits: AnnexHit[] = [];
    for (const [regulation, { words: found, best }] of byReg) {
      if (!best) continue;
      const score = [...found].reduce((s, w) => s + idf(w), 0);
      hits.push({ eu: best.p.code, regime: best.p.regime, score: Number(score.toFixed(2)), text: best.p.text, heading: this.headings.get(regulation) ?? '', matched: [...found] });
    }
    // Words that describe any goods (density, size, diameter...) are no evidence on their own: a hit
    // needs rare enough subject words, and stays within half of the best hit's score.
    const kept = hits.filter((h) => h.matched.filter((w) => !GENERIC.has(w)).reduce((s, w) => s + idf(w), 0) >= 5);
    const top = Math.max(0, ...kept.map((h) => h.score));
    return kept.filter((h) => h.score >= top / 2).sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

const GENERIC = new Set([
  'bulk', 'density', 'size', 'grain', 'particle', 'diameter', 'length', 'long', 'wide', 'width', 'thick', 'thickness',
  'mass', 'weight', 'purity', 'content', 'high', 'low', 'max', 'min', 'range', 'accuracy', 'total', 'grade', 'inner',
  'outer', 'wall', 'pressure', 'temperature', 'force', 'capacity', 'rated', 'fine', 'average', 'pure', 'type', 'model',
]);

const STOP = new Set(['the', 'and', 'for', 'with', 'of', 'or', 'in', 'to', 'a', 'an', 'as', 'by', 'mm', 'than', 'other', 'specified', 'following', 'having', 'any', 'all']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]+/gu) ?? [])
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w));
}

const cache = new Map<string, AnnexTree>();

/** Loads the tree from the data folder once per process. */
export function loadAnnexTree(env: NodeJS.ProcessEnv = process.env): AnnexTree {
  const file = path.join(requireDataDir(env), 'controls', 'eu_annex1_regulations.json');
  const cached = cache.get(file);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DemarcheError('BAD_INPUT', `${file}: cannot read the EU Annex I tree (${(e as Error).message})`, { cause: e });
  }
  const tree = new AnnexTree(parseTree(z.array(recordSchema).parse(raw), file));
  cache.set(file, tree);
  return tree;
}

function parseTree(records: Array<z.infer<typeof recordSchema>>, file: string): AnnexParagraph[] {
  const regimes = new Map<number, string>();
  const regs = new Map<number, { code: string; regime: string }>();
  for (const r of records.filter((x) => x.model === 'regulations.regime')) regimes.set(r.pk, String(r.fields.name ?? ''));
  for (const r of records.filter((x) => x.model === 'regulations.regulation')) {
    regs.set(r.pk, { code: String(r.fields.code), regime: regimes.get(Number(r.fields.regime)) ?? '' });
  }
  const paras = records.filter((x) => x.model === 'regulations.paragraph').map((r) => r.fields);
  if (regs.size === 0 || paras.length === 0) throw new DemarcheError('BAD_INPUT', `${file}: no regulations or paragraphs found`);
  const codeByPath = new Map<string, string>();
  const out: AnnexParagraph[] = [];
  for (const f of [...paras].sort((a, b) => String(a.path).localeCompare(String(b.path)))) {
    const reg = regs.get(Number(f.regulation));
    if (!reg) continue;
    const p = String(f.path);
    const parent = codeByPath.get(p.slice(0, -4)) ?? reg.code;
    const own = String(f.code ?? '').replace(/\.$/, '');
    const base = f.note_type === 'base';
    const code = Number(f.depth) === 1 ? reg.code : base && /^[a-z0-9]{1,2}$/i.test(own) ? `${parent}.${own}` : parent;
    codeByPath.set(p, code);
    out.push({ code, regulation: reg.code, regime: reg.regime, kind: base ? 'base' : String(f.note_type), text: clean(String(f.text ?? '')) });
  }
  return out;
}
