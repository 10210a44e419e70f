// Opens a better-sqlite3 connection with the settings every connection of the store uses: WAL so
// readers never wait for a writer, a busy timeout so writers queue instead of failing, foreign keys
// on. The store's own connection and its write thread's (write-thread.ts) open through here.
import Sqlite from 'better-sqlite3';

export interface ConnectOptions {
  /** Bytes of the file to memory-map for reads (default 256 MiB); the write thread maps none. */
  mmapBytes?: number;
}

export function connectSqlite(file: string, options: ConnectOptions = {}): Sqlite.Database {
  const sqlite = new Sqlite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // WAL with synchronous=NORMAL stays consistent on a crash and skips an fsync per commit.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma(`mmap_size = ${Math.max(0, Math.trunc(options.mmapBytes ?? 268_435_456))}`);
  } catch (e) {
    sqlite.close();
    throw e;
  }
  return sqlite;
}
