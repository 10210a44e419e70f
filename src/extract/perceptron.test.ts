import { describe, expect, it } from 'vitest';
import { AveragedPerceptron } from './perceptron.js';

// A toy task: the class is the word's first letter; "b" is a bias feature every example has.
const examples: Array<[string, string[]]> = [
  ['A', ['b', 'w=apple', 'f=a']],
  ['B', ['b', 'w=banana', 'f=b']],
  ['A', ['b', 'w=avocado', 'f=a']],
  ['O', ['b', 'w=cherry', 'f=c']],
  ['B', ['b', 'w=blueberry', 'f=b']],
];

function train(): AveragedPerceptron {
  const p = new AveragedPerceptron(['O', 'A', 'B']);
  for (let epoch = 0; epoch < 5; epoch++) for (const [truth, f] of examples) p.update(truth, p.predict(f), f);
  p.average();
  return p;
}

describe('averaged perceptron', () => {
  it('learns a separable task and ignores unknown features', () => {
    const p = train();
    expect(p.predict(['b', 'f=a', 'w=apricot'])).toBe('A');
    expect(p.predict(['b', 'f=b'])).toBe('B');
    expect(p.featureId('never-seen')).toBe(-1);
  });

  it('gives the same answers after a JSON round trip, with weights in thousandths', () => {
    const p = train();
    const q = AveragedPerceptron.fromJSON(JSON.parse(JSON.stringify(p.toJSON())));
    expect(q.toJSON()).toEqual(p.toJSON());
    for (const [, f] of examples) expect(q.predict(f)).toBe(p.predict(f));
    for (const row of Object.values(p.toJSON().weights)) for (const v of Object.values(row)) expect(Math.round(v * 1000) / 1000).toBe(v);
  });

  it('breaks ties towards the first class', () => {
    const p = AveragedPerceptron.fromJSON({ classes: ['O', 'A'], weights: { x: { A: 0.5 }, y: { O: 0.5 } } });
    expect(p.predict(['x', 'y'])).toBe('O');
  });
});
