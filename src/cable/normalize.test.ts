// Text normalisation before parsing, on texts written for these tests.
import { describe, expect, it } from 'vitest';
import { normalizeCableText } from './normalize.js';

describe('normalizeCableText', () => {
  it('reads HTML line breaks left in a page as line breaks', () => {
    expect(normalizeCableText('SIPDIS <br>\n\nE.O. 12958: N/A <BR/>\n1. Under <br> Secretary Holgersen met.\n').text).toBe(
      'SIPDIS\n\nE.O. 12958: N/A\n1. Under\nSecretary Holgersen met.\n',
    );
  });
});
