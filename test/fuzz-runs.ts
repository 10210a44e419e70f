// How many cases each property test runs: DEMARCHE_FUZZ_RUNS when set (CI sets 10,000), else a
// lighter 300 for local runs on a shared machine; CI without the variable still runs 10,000.
import { pgRequired } from './pg-env.js';

export const FUZZ_RUNS = Number(process.env.DEMARCHE_FUZZ_RUNS ?? (pgRequired() ? 10_000 : 300));
/** Room for the full count on a loaded two-core machine. */
export const FUZZ_TIMEOUT = 900_000;
