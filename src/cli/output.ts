// Printing helpers: JSON to stdout for machines, aligned text for people.

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Renders rows as left-aligned columns separated by two spaces. */
export function table(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, String(cell).length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? String(cell) : String(cell).padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** True when a person is watching: progress bars and colour go to a terminal only. */
export function isInteractive(): boolean {
  return Boolean(process.stderr.isTTY) && !process.env.CI;
}

const useColour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
export const bold = (s: string): string => (useColour ? `\x1b[1m${s}\x1b[22m` : s);
export const dim = (s: string): string => (useColour ? `\x1b[2m${s}\x1b[22m` : s);
