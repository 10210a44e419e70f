// An averaged perceptron over string features (Collins 2002, as in NLTK's tagger): small, fast to
// train on a few hundred cables, and its weights serialise to plain JSON for the cache. Features are
// interned to row numbers and weights kept in one flat array (a row of one weight per class), so
// that tagging a cable costs a few map look-ups and additions per token, not a map per feature.
// Averaged weights are rounded to thousandths and kept as integers (thousandths) in rows of 8: sums
// are exact, and a row sits in one cache line (the weights are read at random, a few dozen rows per
// token, and cache misses were most of tagging's time).

export type Weights = Record<string, Record<string, number>>;

/** Weights per row of a trained model: room for up to 8 classes. */
const STRIDE = 8;

export class AveragedPerceptron {
  readonly classes: string[];
  private readonly index = new Map<string, number>();
  private rows = 0;
  /** rows × classes weights while training. */
  private w: number[] = [];
  /** rows × STRIDE averaged weights in thousandths, once averaged or loaded. */
  private fixed: Int32Array | null = null;
  private totals: number[] = [];
  private stamps: number[] = [];
  private instances = 0;
  private readonly scores: Float64Array;

  constructor(classes: string[]) {
    if (classes.length > STRIDE) throw new Error(`at most ${STRIDE} classes`);
    this.classes = classes;
    this.scores = new Float64Array(classes.length);
  }

  /** The row of a feature, or -1 when the model gives it no weight (it is then skipped). */
  featureId(f: string): number {
    return this.index.get(f) ?? -1;
  }

  private rowOf(f: string): number {
    let r = this.index.get(f);
    if (r === undefined) {
      r = this.rows++;
      this.index.set(f, r);
      for (let c = 0; c < this.classes.length; c++) {
        this.w.push(0);
        this.totals.push(0);
        this.stamps.push(0);
      }
    }
    return r;
  }

  /** The best class index for feature rows ids[0..n) (rows < 0 are skipped). */
  predictIds(ids: ArrayLike<number>, n: number): number {
    const k = this.classes.length;
    const s = this.scores;
    s.fill(0);
    const fixed = this.fixed;
    if (fixed) {
      for (let i = 0; i < n; i++) {
        const r = ids[i]!;
        if (r < 0) continue;
        const base = r * STRIDE;
        for (let c = 0; c < k; c++) s[c] = s[c]! + fixed[base + c]!;
      }
    } else {
      const w = this.w;
      for (let i = 0; i < n; i++) {
        const r = ids[i]!;
        if (r < 0) continue;
        const base = r * k;
        for (let c = 0; c < k; c++) s[c] = s[c]! + w[base + c]!;
      }
    }
    // Ties go to the first class listed ("O"), which keeps unknown words outside names.
    let best = 0;
    for (let c = 1; c < k; c++) if (s[c]! > s[best]!) best = c;
    return best;
  }

  predict(features: string[]): string {
    const ids = features.map((f) => this.featureId(f));
    return this.classes[this.predictIds(ids, ids.length)]!;
  }

  update(truth: string, guess: string, features: string[]): void {
    this.instances++;
    if (truth === guess) return;
    const t = this.classes.indexOf(truth);
    const g = this.classes.indexOf(guess);
    for (const f of features) {
      const r = this.rowOf(f);
      this.bump(r, t, 1);
      this.bump(r, g, -1);
    }
  }

  private bump(row: number, c: number, delta: number): void {
    const at = row * this.classes.length + c;
    const w = this.w;
    this.totals[at]! += (this.instances - this.stamps[at]!) * w[at]!;
    this.stamps[at] = this.instances;
    w[at]! += delta;
  }

  /** Replaces each weight by its average over all updates seen (call once, after training). */
  average(): void {
    const k = this.classes.length;
    const fixed = new Int32Array(this.rows * STRIDE);
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < k; c++) {
        const at = r * k + c;
        const total = this.totals[at]! + (this.instances - this.stamps[at]!) * this.w[at]!;
        fixed[r * STRIDE + c] = Math.round((total / Math.max(1, this.instances)) * 1000);
      }
    }
    this.fixed = fixed;
    this.w = [];
    this.totals = [];
    this.stamps = [];
  }

  /** Features with at least one non-zero weight, each with its non-zero weights by class name. */
  toJSON(): { classes: string[]; weights: Weights } {
    const weights: Weights = {};
    const k = this.classes.length;
    for (const [f, r] of this.index) {
      const row: Record<string, number> = {};
      let any = false;
      for (let c = 0; c < k; c++) {
        const v = this.fixed ? this.fixed[r * STRIDE + c]! / 1000 : this.w[r * k + c]!;
        if (v !== 0) {
          row[this.classes[c]!] = v;
          any = true;
        }
      }
      if (any) weights[f] = row;
    }
    return { classes: this.classes, weights };
  }

  static fromJSON(data: { classes: string[]; weights: Weights }): AveragedPerceptron {
    const p = new AveragedPerceptron(data.classes);
    const entries = Object.entries(data.weights);
    const fixed = new Int32Array(entries.length * STRIDE);
    entries.forEach(([f, row], r) => {
      p.index.set(f, r);
      for (const [c, v] of Object.entries(row)) fixed[r * STRIDE + data.classes.indexOf(c)] = Math.round(v * 1000);
    });
    p.rows = entries.length;
    p.fixed = fixed;
    return p;
  }
}
