// An averaged perceptron over string features (Collins 2002, as in NLTK's tagger): small, fast to
// train on a few hundred cables, and its weights serialise to plain JSON for the cache.

export type Weights = Record<string, Record<string, number>>;

export class AveragedPerceptron {
  weights: Map<string, Map<string, number>> = new Map();
  readonly classes: string[];
  private totals = new Map<string, number>();
  private stamps = new Map<string, number>();
  private instances = 0;

  constructor(classes: string[]) {
    this.classes = classes;
  }

  predict(features: string[]): string {
    const scores = new Map<string, number>(this.classes.map((c) => [c, 0]));
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (const [c, v] of w) scores.set(c, (scores.get(c) ?? 0) + v);
    }
    let best = this.classes[0]!;
    let bestScore = -Infinity;
    // Ties go to the first class listed ("O"), which keeps unknown words outside names.
    for (const c of this.classes) {
      const s = scores.get(c)!;
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  update(truth: string, guess: string, features: string[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Map();
        this.weights.set(f, w);
      }
      this.bump(f, truth, w, 1);
      this.bump(f, guess, w, -1);
    }
  }

  private bump(f: string, c: string, w: Map<string, number>, delta: number): void {
    const key = `${f}\u0000${c}`;
    const v = w.get(c) ?? 0;
    this.totals.set(key, (this.totals.get(key) ?? 0) + (this.instances - (this.stamps.get(key) ?? 0)) * v);
    this.stamps.set(key, this.instances);
    w.set(c, v + delta);
  }

  /** Replaces each weight by its average over all updates seen (call once, after training). */
  average(): void {
    for (const [f, w] of this.weights) {
      for (const [c, v] of w) {
        const key = `${f}\u0000${c}`;
        const total = (this.totals.get(key) ?? 0) + (this.instances - (this.stamps.get(key) ?? 0)) * v;
        const avg = Math.round((total / Math.max(1, this.instances)) * 1000) / 1000;
        if (avg === 0) w.delete(c);
        else w.set(c, avg);
      }
      if (w.size === 0) this.weights.delete(f);
    }
  }

  toJSON(): { classes: string[]; weights: Weights } {
    const weights: Weights = {};
    for (const [f, w] of this.weights) weights[f] = Object.fromEntries(w);
    return { classes: this.classes, weights };
  }

  static fromJSON(data: { classes: string[]; weights: Weights }): AveragedPerceptron {
    const p = new AveragedPerceptron(data.classes);
    for (const [f, w] of Object.entries(data.weights)) p.weights.set(f, new Map(Object.entries(w)));
    return p;
  }
}
