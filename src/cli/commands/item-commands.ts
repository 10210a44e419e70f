// Item, destination and transaction screening commands.
import type { Command } from 'commander';

export function registerItemCommands(_program: Command, _screen: Command): void {}
