// Numbers as they appear in trade and legal text: "1.85", "1,72" (decimal comma, as in the EU text),
// "10,000" and "1 250" (thousands), "50 x 10-6", "5×10^5", "1.5e-4".

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-',
};

/** The regular-expression source of one number (no sign; signs are decided by the caller). */
export const NUMBER_SOURCE =
  // Space-separated thousands ("1 250") only where the number starts a word, so "D50 250 µm" is 250 µm.
  String.raw`(?:(?<![A-Za-z\d.,])\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.,]\d+)?` +
  String.raw`(?:\s*[x×*]\s*10\s*(?:\^\s*[-−]?\s*\d+|[-−]\s*\d+|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[eE][-−+]?\d+)?`;

/** Parses the text matched by NUMBER_SOURCE; NaN when it is not a number. */
export function parseNumberText(raw: string): number {
  let s = raw.trim();
  let exponent = 0;
  const sci = /\s*[x×*]\s*10\s*(?:\^\s*)?([-−⁻]?\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*$/.exec(s);
  if (sci && sci[1]) {
    exponent = Number(
      sci[1]
        .replace(/\s/g, '')
        .replace(/−/g, '-')
        .split('')
        .map((c) => SUPERSCRIPT[c] ?? c)
        .join(''),
    );
    s = s.slice(0, sci.index);
  }
  const e = /[eE]([-−+]?\d+)$/.exec(s);
  if (e && e[1]) {
    exponent += Number(e[1].replace('−', '-'));
    s = s.slice(0, e.index);
  }
  const n = mantissa(s) * 10 ** exponent;
  // "1e999" is no measurement: an overflow reads as no number at all.
  return Number.isFinite(n) ? n : Number.NaN;
}

function mantissa(s: string): number {
  // "0,841" is a decimal comma; "10,000" and "1 250" are thousands; "1,72" is a decimal comma.
  if (/^0,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/[,\u00a0\u202f\u2009 ]/g, ''));
  if (/^\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+,\d+$/.test(s)) {
    return Number(s.replace(/[\u00a0\u202f\u2009 ]/g, '').replace(',', '.'));
  }
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : NaN;
}
