// Entry point of the CLI from the sources, for tests that run it as a process (cli-process.ts).
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv);
