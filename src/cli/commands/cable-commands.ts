// `demarche parse`: parse cable files and print their records as JSON.
import type { Command } from 'commander';
import { action } from '../action.js';

interface ParseOptions {
  json?: boolean;
  jsonl?: boolean;
}

export function registerCableCommands(program: Command): void {
  program
    .command('parse')
    .description('parse cable files (or directories, walked recursively) and print their records')
    .argument('<path...>', 'cable files or directories')
    .option('--json', 'print one JSON object (one file only)')
    .option('--jsonl', 'print one JSON object per line, for files and directories')
    .action(
      action(async (paths: string[], opts: ParseOptions) => {
        const { runParse } = await import('../parse-command.js');
        await runParse(paths, opts);
      }),
    );
}
