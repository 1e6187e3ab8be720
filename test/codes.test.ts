import { describe, expect, it } from 'vitest';
import { findCodes } from '../src/core/codes/find-codes';
import { Doc } from '../src/core/text/doc';
import spec from './cases/codes.json';

describe('stock codes (test/cases/codes.json)', () => {
  for (const c of spec.cases) {
    it(c.text, () => {
      const doc = new Doc(c.text, null);
      const found = findCodes(doc);
      expect(found.map((f) => f.code)).toEqual(c.codes);
      for (const f of found) expect(f.end).toBeGreaterThan(f.start);
    });
  }
});
