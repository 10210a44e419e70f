// Archive commands: ingest, show, stats, search, start. Each loads its implementation only when it
// runs, so that `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';
import { withReaderOptions } from '../reader-options.js';

interface JsonOptions {
  json?: boolean;
}

export interface SearchOptions extends JsonOptions {
  tag: string[];
  origin?: string;
  classification?: string;
  from?: string;
  to?: string;
  limit?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerArchiveCommands(program: Command): void {
  withReaderOptions(program.command('ingest'))
    .description('parse cable files or directories (walked recursively) and store them in the archive')
    .argument('<path...>', 'cable files or directories')
    .option('--json', 'print the summary as JSON')
    .action(
      action(async (paths: string[], opts: JsonOptions) => {
        const { runIngest } = await import('../ingest-command.js');
        await runIngest(paths, opts);
      }),
    );

  withReaderOptions(program.command('show'))
    .description('show a stored cable: header, markings, labelled TAGS, paragraphs, references both ways')
    .argument('<id>', 'canonical cable id, e.g. 07BEIJING5039')
    .option('--json', 'print the record and its resolved references as JSON')
    .action(
      action(async (id: string, opts: JsonOptions) => {
        const { runShow } = await import('../show-command.js');
        await runShow(id, opts);
      }),
    );

  withReaderOptions(program.command('stats'))
    .description('count the archive by classification, origin and year')
    .option('--json', 'print the counts as JSON')
    .action(
      action(async (opts: JsonOptions) => {
        const { runStats } = await import('../stats-command.js');
        await runStats(opts);
      }),
    );

  registerSearch(program);

  withReaderOptions(program.command('start'))
    .description('the main job: ingest the sample cables and the seeds, then summarise the archive')
    .option('--json', 'print the ingest summary and the archive counts as JSON')
    .option('--serve', 'then serve the API and web UI (`npm start`); an archive that holds cables is not ingested again')
    .option('--host <host>', 'with --serve: address to listen on (default 127.0.0.1)')
    .option('--port <port>', 'with --serve: port to listen on (default 8080)')
    .option('--workers <n>', 'with --serve: processes sharing the port (default 1)')
    .action(
      action(async (opts: JsonOptions & { serve?: boolean; host?: string; port?: string; workers?: string }) => {
        const { runStart } = await import('../ingest-command.js');
        await runStart(opts);
      }),
    );
}

function registerSearch(program: Command): void {
  withReaderOptions(program.command('search'))
    .description('full-text search with filters, ranked hits, highlighted snippets and facet counts')
    .argument('[query...]', 'words, "phrases", OR, -word or NOT word to exclude, prefix*; may be empty with filters')
    // So that `demarche search iran -syria` reads -syria as an exclusion, not as an unknown option.
    .allowUnknownOption()
    .option('--tag <tag>', 'only cables with this TAG (repeatable: all must hold)', collect, [])
    .option('--origin <origin>', 'only cables from this origin, e.g. "Embassy Beijing" (any case)')
    .option('--classification <level>', 'SECRET matches SECRET and SECRET//NOFORN; a full form matches exactly')
    .option('--from <date>', 'created on or after YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'created on or before YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--limit <n>', 'hits to show (default 10, at most 1000)')
    .option('--json', 'print hits, facets and total as JSON')
    .action(
      action(async (query: string[], opts: SearchOptions) => {
        const { runSearch } = await import('../search-command.js');
        await runSearch(query, opts);
      }),
    );
}
