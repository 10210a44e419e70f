// The knowledge base: every list entry demarche decides by its parameters, in one array.
import type { Entry } from '../types.js';
import { ARMS_ENTRIES } from './arms.js';
import { CERAMIC_ENTRIES } from './ceramics.js';
import { EQUIPMENT_ENTRIES } from './equipment.js';
import { MATERIAL_ENTRIES } from './materials.js';
import { PROPELLANT_ENTRIES } from './propellants.js';
import { SYSTEM_ENTRIES } from './systems.js';

export const ENTRIES: readonly Entry[] = [
  ...MATERIAL_ENTRIES,
  ...CERAMIC_ENTRIES,
  ...PROPELLANT_ENTRIES,
  ...EQUIPMENT_ENTRIES,
  ...SYSTEM_ENTRIES,
  ...ARMS_ENTRIES,
];

export function findEntry(id: string): Entry | undefined {
  return ENTRIES.find((e) => e.entry === id || e.eu === id);
}
