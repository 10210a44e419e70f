// What each role may do. Reading is further cut by clearance and caveats (clearance.ts); these are
// the actions beyond reading. The table is exhaustive: a new action that no role lists fails to compile.
import { DemarcheError } from '../errors.js';

export const ROLES = ['reader', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'screen', 'edit-entities', 'edit-cases', 'ingest', 'manage-users', 'manage-lists', 'read-audit'] as const;
export type Action = (typeof ACTIONS)[number];

const ALLOWED: Record<Action, readonly Role[]> = {
  read: ['reader', 'analyst', 'admin'],
  screen: ['reader', 'analyst', 'admin'],
  'edit-entities': ['analyst', 'admin'],
  'edit-cases': ['analyst', 'admin'],
  ingest: ['admin'],
  'manage-users': ['admin'],
  'manage-lists': ['admin'],
  'read-audit': ['admin'],
};

export function roleMay(role: Role | 'owner', action: Action): boolean {
  return role === 'owner' || ALLOWED[action].includes(role);
}

export function requireRole(who: { name: string; role: Role | 'owner' }, action: Action): void {
  if (!roleMay(who.role, action)) {
    const roles = ALLOWED[action].join(' or ');
    throw new DemarcheError('FORBIDDEN', `${who.name} (${who.role}) may not ${action.replace('-', ' ')}: that needs the role ${roles}`);
  }
}

export function parseRole(text: string): Role {
  const role = text.trim().toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new DemarcheError('BAD_INPUT', `unknown role "${text}": use one of ${ROLES.join(', ')}`);
  }
  return role as Role;
}
