// Builds the text a full-text index holds for one cable, as "views" by reader class (see
// access/reader-class.ts): for each of the 14 classes, the subject and paragraphs that class may read
// by mayRead; classes that see the same portions share one view, whose mask has a bit per class.
// The view with every portion also carries FULL_VIEW_BIT: it is the owner's, and everyone's on or
// after the declassification date. A reader sees exactly one view of a cable (or none when nothing
// of it is readable), so matching, ranking, snippets and facets follow what the reader may see,
// while a query still matches across paragraphs of one cable (AND over the whole cable).
import { mayRead } from '../access/clearance.js';
import { cableMarking, type Marking, paragraphMarkings, subjectMarking } from '../access/marking.js';
import { CLASS_COUNT, classReader, FULL_VIEW_BIT } from '../access/reader-class.js';
import type { Cable } from '../cable/types.js';

export interface TextView {
  /** One bit per reader class that sees this view, plus FULL_VIEW_BIT for the fullest. */
  mask: number;
  subject: string;
  body: string;
  /** Which paragraph parts (textParts) the body joins, in order: a store may index each part once. */
  parts: number[];
}

/** Characters the snippet markers use; removed from indexed text so highlights stay exact. */
const MARKER_CHARS = /[\u0001\u0002]/g;

interface Portion {
  marking: Marking;
  text: string;
}

export function buildTextViews(cable: Cable): TextView[] {
  return buildTextIndex(cable).views;
}

/** The views and the paragraph texts their bodies are made of (each view's body joins its parts). */
export function buildTextIndex(cable: Cable): { parts: string[]; views: TextView[] } {
  const subject: Portion = { marking: subjectMarking(cable), text: clean(cable.subject ?? '') };
  const parts = paragraphParts(cable);
  return { parts: parts.map((p) => p.text), views: viewsOf(subject, parts) };
}

function viewsOf(subject: Portion, parts: Portion[]): TextView[] {
  const all = parts.map((_, i) => i);
  const full = viewOf(subject, parts, true, all);
  if (full.subject.length === 0 && full.body.length === 0) return [];
  const byText = new Map<string, TextView>([[full.key, { ...withoutKey(full), mask: 1 << FULL_VIEW_BIT }]]);
  // Most classes read the same portions as another: each distinct choice of portions is joined
  // (and its text key built) once, not once per class. Views still merge by text, as before.
  const bySelection = new Map<string, KeyedView>([[selection(true, all), full]]);
  for (let cls = 0; cls < CLASS_COUNT; cls += 1) {
    const reader = classReader(cls);
    const showSubject = mayRead(reader, subject.marking);
    const shown: number[] = [];
    parts.forEach((p, i) => {
      if (mayRead(reader, p.marking)) shown.push(i);
    });
    const chosen = selection(showSubject, shown);
    let view = bySelection.get(chosen);
    if (!view) {
      view = viewOf(subject, parts, showSubject, shown);
      bySelection.set(chosen, view);
    }
    if (view.subject.length === 0 && view.body.length === 0) continue;
    const known = byText.get(view.key);
    if (known) known.mask |= 1 << cls;
    else byText.set(view.key, { ...withoutKey(view), mask: 1 << cls });
  }
  return [...byText.values()];
}

type KeyedView = Omit<TextView, 'mask'> & { key: string };

function selection(showSubject: boolean, shown: readonly number[]): string {
  return `${showSubject ? 1 : 0}:${shown.join(',')}`;
}

function viewOf(subject: Portion, parts: Portion[], showSubject: boolean, shown: number[]): KeyedView {
  const view = {
    subject: showSubject ? subject.text : '',
    body: shown.map((i) => (parts[i] as Portion).text).join('\n\n'),
    parts: shown,
  };
  return { ...view, key: key(view) };
}

function withoutKey(view: KeyedView): Omit<TextView, 'mask'> {
  return { subject: view.subject, body: view.body, parts: view.parts };
}

function key(view: { subject: string; body: string }): string {
  return `${view.subject}\u0000${view.body}`;
}

function paragraphParts(cable: Cable): Portion[] {
  if (cable.paragraphs.length === 0) {
    // A cable whose paragraphs could not be numbered stays findable through its body text, which
    // carries the banner's marking.
    const body = clean(cable.body ?? '');
    return body.length > 0 ? [{ marking: cableMarking(cable), text: body }] : [];
  }
  const markings = paragraphMarkings(cable, cable.paragraphs);
  return cable.paragraphs.map((p, i) => ({
    marking: markings[i] as Marking,
    text: clean(p.heading ? `${p.heading}\n${p.text}` : p.text),
  }));
}

function clean(text: string): string {
  return text.replace(MARKER_CHARS, ' ');
}
