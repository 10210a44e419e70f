// Builds the text a full-text index holds for one cable, as cumulative "views" by marking level:
// for each distinct level L among the subject and paragraphs, one view with the subject (when
// marked ≤ L) and every paragraph marked ≤ L. A reader cleared to level c sees exactly the view
// with level ≤ c < next level, so matching, ranking, snippets and facets all follow what the reader
// may see, while a query still matches across paragraphs of one cable (AND over the whole cable).
import type { Cable } from '../cable/types.js';
import { levelOfClassification, levelOfPortionMark, MAX_LEVEL, type Level } from './marking-level.js';

export interface TextView {
  level: Level;
  /** The next higher level present in the cable; null for the fullest view. */
  nextLevel: Level | null;
  subject: string;
  body: string;
}

/** Characters the snippet markers use; removed from indexed text so highlights stay exact. */
const MARKER_CHARS = /[\u0001\u0002]/g;

export function buildTextViews(cable: Cable): TextView[] {
  // Unmarked portions are treated as classified like the whole cable; an unknown banner as the top level.
  const cableLevel = levelOfClassification(cable.classification) ?? MAX_LEVEL;
  const subjectLevel = levelOfPortionMark(cable.subjectMarking) ?? cableLevel;
  const parts = paragraphParts(cable, cableLevel);
  const levels = [...new Set([subjectLevel, ...parts.map((p) => p.level)])].sort((a, b) => a - b);
  return levels.map((level, i) => ({
    level,
    nextLevel: levels[i + 1] ?? null,
    subject: subjectLevel <= level ? clean(cable.subject ?? '') : '',
    body: parts
      .filter((p) => p.level <= level)
      .map((p) => p.text)
      .join('\n\n'),
  }));
}

function paragraphParts(cable: Cable, cableLevel: Level): Array<{ level: Level; text: string }> {
  if (cable.paragraphs.length === 0) {
    // A cable whose paragraphs could not be numbered stays findable through its body text.
    const body = clean(cable.body ?? '');
    return body.length > 0 ? [{ level: cableLevel, text: body }] : [];
  }
  return cable.paragraphs.map((p) => ({
    level: levelOfPortionMark(p.marking) ?? cableLevel,
    text: clean(p.heading ? `${p.heading}\n${p.text}` : p.text),
  }));
}

function clean(text: string): string {
  return text.replace(MARKER_CHARS, ' ');
}
