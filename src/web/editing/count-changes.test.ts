import { describe, expect, it } from 'vitest';
import { countChanges } from './count-changes.ts';

describe('countChanges', () => {
  it('counts changed fields, and added or removed items once each', () => {
    expect(countChanges({ a: '1', b: ['x'] }, { a: '1', b: ['x'] })).toBe(0);
    expect(countChanges({ a: '1', b: ['x'] }, { a: '2', b: ['x', 'y'] })).toBe(2);
    expect(countChanges({ a: { b: true } }, { a: { b: false } })).toBe(1);
  });
});
