// Archive commands: ingest, show, stats, search, start.
import type { Command } from 'commander';

export function registerArchiveCommands(_program: Command): void {}
