// The transaction half of `npm run eval:items` (filled in with the destination rules).
export async function runTransactions(): Promise<number> {
  return 0;
}
