// English words from a word-game list (the word-list package: no proper nouns, no one-letter
// words). The case lexicon counted from the sample cables has never seen many common words
// ("MAGNET", "YIELDS"), which it cannot tell from an unknown name ("AMOCO", "SARKIS"); the tagger
// spreads a name tagged once to the rest of the cable, and a common word wrongly tagged once would
// then be wrong everywhere ("THE MAGNET" eight times an organisation). The list keeps those apart.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

function load(): Set<string> {
  try {
    return new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  } catch {
    // Without the list every word is unknown to it, as before it was used.
    return new Set();
  }
}

/** True when the word (any case) is an English dictionary word. */
export function isDictionaryWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}

