// Worker entry when demarche runs from its TypeScript sources (tsx, vitest): registers the tsx
// loader in this thread, then loads the worker body. The compiled build uses search-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
