// Party screening commands: screen party, screen batch, match, lists.
import type { Command } from 'commander';

export function registerPartyCommands(_program: Command, _screen: Command): void {}
