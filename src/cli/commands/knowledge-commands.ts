// Commands on what the cables tell: analyse, entity, case, followups, export and import. Each loads
// its implementation only when it runs, so that `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';
import { withReaderOptions } from '../reader-options.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerKnowledgeCommands(program: Command): void {
  withReaderOptions(program.command('analyse'))
    .description('extract entities, events and cases from stored cables not yet analysed, and screen their parties')
    .option('--no-screen', 'do not screen organisations and people against the sanctions lists')
    .option('--json', 'print the report as JSON')
    .action(action(async (opts) => (await import('../analyse-command.js')).runAnalyse(opts)));

  registerEntity(program);
  registerCase(program);

  withReaderOptions(program.command('followups'))
    .description('requests in cases with no later response; overdue ones as of a day')
    .option('--due-days <n>', 'days after the request a response is due (default 30)')
    .option('--overdue', 'only the overdue ones')
    .option('--json', 'print JSON')
    .action(action(async (opts) => (await import('../case-command.js')).runFollowUps(opts)));

  withReaderOptions(program.command('export'))
    .description('write what you may see as FollowTheMoney JSON lines (entities, sanctions links, mentions, events, cases)')
    .option('--format <format>', 'ftm (the only format)', 'ftm')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(action(async (opts) => (await import('../ftm-command.js')).runExport(opts)));

  withReaderOptions(program.command('import'))
    .description('read FollowTheMoney JSON lines back as statements')
    .argument('<file>', 'an FtM JSON lines file')
    .option('--format <format>', 'ftm (the only format)', 'ftm')
    .option('--marking <marking>', 'marking for entities that carry none (default UNCLASSIFIED)')
    .option('--json', 'print the report as JSON')
    .action(action(async (file: string, opts) => (await import('../ftm-command.js')).runImport(file, opts)));
}

function registerEntity(program: Command): void {
  const entity = program.command('entity').description('entities found in the cables, and their sanctions links');
  withReaderOptions(entity.command('list'))
    .description('entities you may see, most mentioned first')
    .option('--schema <schema>', 'Person, Organization, Place, Item, Resolution or Regime')
    .option('--limit <n>', 'how many (default 50)')
    .option('--json', 'print JSON')
    .action(action(async (opts) => (await import('../entity-command.js')).runEntityList(opts)));
  withReaderOptions(entity.command('show'))
    .description('an entity by key or name: names, titles, sanctions links, mentions')
    .argument('<entity>', 'a key (org:limmt) or a name (LIMMT)')
    .option('--json', 'print JSON')
    .action(action(async (ref: string, opts) => (await import('../entity-command.js')).runEntityShow(ref, opts)));
  for (const [name, status] of [
    ['confirm', 'confirmed'],
    ['reject', 'rejected'],
  ] as const) {
    withReaderOptions(entity.command(name))
      .description(`${name} that an entity is a sanctions list entry (analysts)`)
      .argument('<entity>', 'a key or a name')
      .requiredOption('--list <list>', 'us-ofac-sdn, us-ofac-cons or un-sc')
      .requiredOption('--id <id>', "the entry's id on that list")
      .option('--note <text>', 'why')
      .option('--json', 'print JSON')
      .action(action(async (ref: string, opts) => (await import('../entity-command.js')).runEntityDecision(ref, status, opts)));
  }
  withReaderOptions(entity.command('merge'))
    .description('record that two entities are the same (analysts)')
    .argument('<from>', 'the entity merged away')
    .argument('<into>', 'the entity that stays')
    .option('--json', 'print JSON')
    .action(action(async (from: string, into: string, opts) => (await import('../entity-command.js')).runEntityMerge(from, into, opts)));
  withReaderOptions(entity.command('split'))
    .description("split one cable's mentions off an entity (analysts)")
    .argument('<entity>', 'a key or a name')
    .requiredOption('--cable <id>', 'the cable whose mentions are another entity')
    .option('--json', 'print JSON')
    .action(action(async (ref: string, opts) => (await import('../entity-command.js')).runEntitySplit(ref, opts)));
}

function registerCase(program: Command): void {
  const c = program.command('case').description('investigations: cases with their timelines and follow-ups');
  withReaderOptions(c.command('list'))
    .description('cases you may see')
    .option('--json', 'print JSON')
    .action(action(async (opts) => (await import('../case-command.js')).runCaseList(opts)));
  withReaderOptions(c.command('show'))
    .description('a case: subjects with their sanctions links, the timeline, follow-ups')
    .argument('<id>', 'case id, e.g. case:limmt-dalian-ftz-economic-and-trade-organization')
    .option('--json', 'print JSON')
    .action(action(async (id: string, opts) => (await import('../case-command.js')).runCaseShow(id, opts)));
  withReaderOptions(c.command('create'))
    .description('open a case by hand (analysts)')
    .requiredOption('--title <title>', 'the case title')
    .option('--subject <entity>', 'an entity the case is about (repeatable)', collect, [])
    .option('--marking <marking>', 'marking of the title and subjects (default UNCLASSIFIED)')
    .option('--json', 'print JSON')
    .action(action(async (opts) => (await import('../case-command.js')).runCaseCreate(opts)));
  withReaderOptions(c.command('add-event'))
    .description('add an event to a case (analysts)')
    .argument('<id>', 'case id')
    .requiredOption('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .requiredOption('--kind <kind>', 'info-shared, demarche, request, response, non-response, meeting, shipment, designation or note')
    .requiredOption('--summary <text>', 'what happened')
    .option('--actor <entity>', 'an entity taking part (repeatable)', collect, [])
    .option('--source <cable:paragraph>', 'the cable paragraph it comes from (the event takes its marking)')
    .option('--marking <marking>', 'marking when there is no source (default UNCLASSIFIED)')
    .option('--json', 'print JSON')
    .action(action(async (id: string, opts) => (await import('../case-command.js')).runCaseAddEvent(id, opts)));
  withReaderOptions(c.command('close'))
    .description('close a case (analysts)')
    .argument('<id>', 'case id')
    .option('--json', 'print JSON')
    .action(action(async (id: string, opts) => (await import('../case-command.js')).runCaseClose(id, opts)));
}
