// `npm run eval:merges`: how often two cables' names that analysis joins into one entity are one
// party. Entities meet across cables through shared keys (src/entities/keys.ts): a distinctive name,
// its other spellings, an acronym it is given with, the list entry it is named as. A key that two
// parties share ("Social Democratic Party" of two countries, "PA" for two bodies) joins what a
// reader must keep apart, and every timeline, graph and case built on the entity inherits the join.
//
// The labels are ours (`eval/merges-gold.json`): 400 of the 1,697 people and organisations that a
// store of the 1,000 sample cables and the seed (EXTRACTOR_VERSION k69) holds in two cables or more,
// drawn by a seeded shuffle, each with a mention in two of its cables (also drawn), labelled "same",
// "different" or "unsure" by two annotators from the guide in the file, shown the two mentions in
// their paragraphs and the cables' dates, origins and subjects. The file holds ids, offsets and
// hashes only: the text stays in the shared data.
//
// For each labelled pair both cables are analysed as `demarche analyse` does it, and the pair counts
// as joined when the entities holding the two mentions share a key. Figures per set: of the "same"
// pairs, the share still joined; of the "different" ones, the share still joined; precision of the
// joins among labelled pairs ("unsure" ones left out). The development set may be read for errors
// (`--errors`); the held-out set is scored only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireDataDir } from '../src/config.js';
import { analyseCable } from '../src/entities/analyse.js';
import type { DocEntity } from '../src/entities/cable-knowledge.js';
import { labelledCable, partyScreen, setArgs } from './labelled-cables.js';

interface Side {
  cable: string;
  paragraph: number;
  start: number;
  end: number;
  /** First 16 hex digits of the SHA-256 of the mention's text. */
  sha256: string;
}
interface GoldPair {
  a: Side;
  b: Side;
  set: 'development' | 'held-out';
  label: 'same' | 'different' | 'unsure';
}

const here = path.dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(path.join(here, 'merges-gold.json'), 'utf8')) as { pairs: GoldPair[] };
const data = requireDataDir();
const { wanted, showErrors } = setArgs('eval:merges', gold.pairs);

const t0 = Date.now();
const { screen, screened } = await partyScreen();
const analysed = new Map<string, DocEntity[] | null>();
function entities(id: string): DocEntity[] | null {
  if (!analysed.has(id)) {
    const cable = labelledCable(data, id);
    analysed.set(id, cable ? analyseCable(cable, screen, screened).knowledge.entities : null);
  }
  return analysed.get(id)!;
}
let missing = 0;
function entityAt(s: Side): DocEntity | undefined {
  const e = entities(s.cable)?.find((x) => x.mentions.some((m) => m.paragraph === s.paragraph && m.start <= s.start && m.end >= s.end));
  const m = e?.mentions.find((x) => x.paragraph === s.paragraph && x.start <= s.start && x.end >= s.end);
  const text = m ? m.text.slice(s.start - m.start, s.end - m.start) : '';
  if (!e || createHash('sha256').update(text).digest('hex').slice(0, 16) !== s.sha256) missing++;
  return e;
}

const counts = new Map<string, { same: number; sameJoined: number; different: number; differentJoined: number; unsure: number; unsureJoined: number }>();
const errors: string[] = [];
for (const p of wanted) {
  const c = counts.get(p.set) ?? { same: 0, sameJoined: 0, different: 0, differentJoined: 0, unsure: 0, unsureJoined: 0 };
  counts.set(p.set, c);
  const a = entityAt(p.a);
  const b = entityAt(p.b);
  const shared = a && b ? a.lookupKeys.filter((k) => b.lookupKeys.includes(k)) : [];
  const joined = a !== undefined && b !== undefined && a.schema === b.schema && shared.length > 0;
  c[p.label]++;
  if (joined) c[`${p.label}Joined`]++;
  if (showErrors && p.label !== 'unsure' && joined !== (p.label === 'same')) {
    errors.push(`${p.label === 'same' ? 'APART ' : 'JOINED'}  ${p.a.cable} "${a?.display ?? '?'}"  ~  ${p.b.cable} "${b?.display ?? '?'}"  ${shared.join(' ')}`);
  }
}
console.log(`eval:merges: ${wanted.length} labelled pairs, ${analysed.size} cables analysed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
if (missing > 0) console.log(`  ${missing} labelled mentions not found as labelled (the extraction no longer makes that entity)`);
for (const [set, c] of [...counts].sort()) {
  const joined = c.sameJoined + c.differentJoined;
  console.log(
    `  ${set.padEnd(12)} right joins kept ${c.sameJoined}/${c.same} (${(c.sameJoined / Math.max(1, c.same)).toFixed(3)})   wrong joins kept ${c.differentJoined}/${c.different} (${(c.differentJoined / Math.max(1, c.different)).toFixed(3)})   precision ${(joined === 0 ? 0 : c.sameJoined / joined).toFixed(3)}   unsure joined ${c.unsureJoined}/${c.unsure}`,
  );
}
if (showErrors) for (const e of errors.sort()) console.log(e);
