// Users in any store through Kysely (table users, migration 0004 of each dialect): the token is never
// stored, only its salt and hash. Names match whatever their case, as both schemas make them unique.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Level } from '../cable/markings.js';
import type { Role } from '../access/roles.js';
import type { TokenHash } from '../access/tokens.js';
import type { NewUser, User, UserStore } from '../access/users.js';
import type { Database, UsersTable } from './sqlite/schema.js';

export class KyselyUserStore implements UserStore {
  constructor(private readonly db: Kysely<Database>) {}

  create(user: NewUser, makeToken: (id: number) => TokenHash, now: string): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      // The token names the user's id, which exists only once the row does: insert, then key it.
      const row = await trx
        .insertInto('users')
        .values({
          name: user.name,
          clearance: user.clearance,
          caveats: JSON.stringify(user.caveats),
          role: user.role,
          disabled: 0,
          token_salt: '',
          token_hash: '',
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const token = makeToken(row.id);
      await trx.updateTable('users').set({ token_salt: token.salt, token_hash: token.hash }).where('id', '=', row.id).execute();
      return toUser(row);
    });
  }

  async byName(name: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where(sql<string>`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async byId(id: number): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
  }

  async tokenHash(id: number): Promise<TokenHash | null> {
    const row = await this.db.selectFrom('users').select(['token_salt', 'token_hash']).where('id', '=', id).executeTakeFirst();
    return row ? { salt: row.token_salt, hash: row.token_hash } : null;
  }

  async setToken(id: number, token: TokenHash, now: string): Promise<void> {
    await this.db.updateTable('users').set({ token_salt: token.salt, token_hash: token.hash, updated_at: now }).where('id', '=', id).execute();
  }

  async setDisabled(id: number, disabled: boolean, now: string): Promise<void> {
    await this.db.updateTable('users').set({ disabled: disabled ? 1 : 0, updated_at: now }).where('id', '=', id).execute();
  }
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    name: row.name,
    clearance: row.clearance as Level,
    caveats: JSON.parse(row.caveats) as string[],
    role: row.role as Role,
    disabled: row.disabled !== 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
