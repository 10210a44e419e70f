// Writes CSV rows (RFC 4180 quoting) for the commands that print CSV: `screen batch`, `match`.

/** One CSV line without its line ending: fields with a comma, quote or line break are quoted. */
export function csvLine(fields: ReadonlyArray<string | number | boolean>): string {
  return fields
    .map((f) => {
      const s = String(f);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
