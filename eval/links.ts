// `npm run eval:links`: how often a sanctions-list suggestion on a cable's entity is right. The
// suggestions are what `entity show` lists for a person to confirm or reject, and what FollowTheMoney
// export writes; a list of suggestions most of which are wrong ("Embassy" for Embassy Development
// Limited, Syria's President Asad for a militant whose alias is Asad) is one nobody reads.
//
// The labels are ours (`eval/links-gold.json`): every distinct pair of entity name and list entry
// that a store of the 1,000 sample cables and the seed suggested (EXTRACTOR_VERSION k68), in one
// cable each, labelled "same", "different" or "unsure" by two annotators from the guide in the file,
// shown the mention in its paragraph, the cable's date, origin and subject, and the list entry, not
// the score. The file holds ids, offsets and hashes only: the text stays in the shared data.
//
// For each labelled pair the cable is analysed as `demarche analyse` does it (extraction, screening
// of its people and organisations, the suggestion rules), and the pair counts as suggested when the
// entity holding the labelled mention still carries that entry. Figures per set: of the "same"
// pairs, the share still suggested (recall of right links, among those the first store found); of
// the "different" ones, the share still suggested; precision of what is suggested among labelled
// pairs ("unsure" ones left out). The development set may be read for errors (`--errors`); the
// held-out set is scored only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireDataDir } from '../src/config.js';
import { analyseCable } from '../src/entities/analyse.js';
import { labelledCable, partyScreen, setArgs } from './labelled-cables.js';

interface GoldPair {
  cable: string;
  set: 'development' | 'held-out';
  paragraph: number;
  start: number;
  end: number;
  /** First 16 hex digits of the SHA-256 of the mention's text. */
  sha256: string;
  list: string;
  id: string;
  label: 'same' | 'different' | 'unsure';
}

const here = path.dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(path.join(here, 'links-gold.json'), 'utf8')) as { pairs: GoldPair[] };
const data = requireDataDir();
const { wanted, showErrors } = setArgs('eval:links', gold.pairs);

const t0 = Date.now();
const { screen, screened } = await partyScreen();
const counts = new Map<string, { same: number; sameKept: number; different: number; differentKept: number; unsure: number; unsureKept: number }>();
const errors: string[] = [];
let missing = 0;
const byCable = new Map<string, GoldPair[]>();
for (const p of wanted) byCable.set(p.cable, [...(byCable.get(p.cable) ?? []), p]);
for (const [id, pairs] of byCable) {
  const cable = labelledCable(data, id);
  const result = cable ? analyseCable(cable, screen, screened) : null;
  for (const p of pairs) {
    const c = counts.get(p.set) ?? { same: 0, sameKept: 0, different: 0, differentKept: 0, unsure: 0, unsureKept: 0 };
    counts.set(p.set, c);
    const entity = result?.knowledge.entities.find((e) => e.mentions.some((m) => m.paragraph === p.paragraph && m.start <= p.start && m.end >= p.end));
    const mention = entity?.mentions.find((m) => m.paragraph === p.paragraph && m.start <= p.start && m.end >= p.end);
    const text = mention ? mention.text.slice(p.start - mention.start, p.end - mention.start) : '';
    if (!entity || createHash('sha256').update(text).digest('hex').slice(0, 16) !== p.sha256) missing++;
    const kept = entity !== undefined && (result!.candidates.get(entity.docKey) ?? []).some((x) => x.list === p.list && x.id === p.id);
    c[p.label]++;
    if (kept) c[`${p.label}Kept`]++;
    if (showErrors && p.label !== 'unsure' && kept !== (p.label === 'same')) {
      errors.push(`${p.label === 'same' ? 'LOST' : 'KEPT'}  ${id} ¶${p.paragraph}  ${entity?.display ?? text}  ->  ${p.list} ${p.id} ${(result!.candidates.get(entity?.docKey ?? '') ?? []).find((x) => x.id === p.id)?.name ?? ''}`);
    }
  }
}
console.log(`eval:links: ${wanted.length} labelled suggestions in ${byCable.size} cables, analysed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
if (missing > 0) console.log(`  ${missing} labelled mentions not found as labelled (the extraction no longer makes that entity): counted as not suggested`);
for (const [set, c] of [...counts].sort()) {
  const kept = c.sameKept + c.differentKept;
  const precision = kept === 0 ? 0 : c.sameKept / kept;
  console.log(
    `  ${set.padEnd(12)} right links kept ${c.sameKept}/${c.same} (${(c.sameKept / Math.max(1, c.same)).toFixed(3)})   wrong links kept ${c.differentKept}/${c.different} (${(c.differentKept / Math.max(1, c.different)).toFixed(3)})   precision ${precision.toFixed(3)}   unsure kept ${c.unsureKept}/${c.unsure}`,
  );
}
if (showErrors) for (const e of errors.sort()) console.log(e);
