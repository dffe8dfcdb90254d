import { describe, expect, it } from 'vitest';
import { cellPosition, cubeCell, readJsonStat, type JsonStatCube } from './json-stat.ts';

/** Two regions × three years × one content, values 1…6 in row-major order (year fastest). */
const small = {
  version: '2.0',
  class: 'dataset',
  label: '07459: Befolkning',
  id: ['Region', 'Tid', 'ContentsCode'],
  size: [2, 3, 1],
  dimension: {
    Region: {
      label: 'region',
      category: { index: { '5028': 0, '5029': 1 }, label: { '5028': 'Melhus', '5029': 'Skaun' } },
    },
    Tid: { label: 'år', category: { index: ['2024', '2025', '2026'] } },
    ContentsCode: { label: 'statistikkvariabel', category: { label: { Personer1: 'Personer' } } },
  },
  value: [17560, 17812, 17828, 8484, 8521, 8574],
};

function cube(input: unknown): JsonStatCube {
  const result = readJsonStat(input);
  if (!result.success) throw new Error(result.problem);
  return result.cube;
}

describe('readJsonStat', () => {
  it('reads cells by category, the last dimension varying fastest', () => {
    const c = cube(small);
    // Skaun (position 1) in 2025 (position 1): (1·3 + 1)·1 + 0 = 4 → the fifth value.
    expect(cubeCell(c, { Region: '5029', Tid: '2025' })).toBe(8521);
    expect(cubeCell(c, { Region: '5028', Tid: '2026', ContentsCode: 'Personer1' })).toBe(17828);
    expect(c.dimensions.map((d) => d.codes)).toEqual([
      ['5028', '5029'],
      ['2024', '2025', '2026'],
      ['Personer1'],
    ]);
    expect(c.dimensions[0]?.labels['5029']).toBe('Skaun');
  });

  it('follows the category index, not the order the keys are written in', () => {
    const c = cube({
      ...small,
      dimension: {
        ...small.dimension,
        Region: { category: { index: { '5029': 1, '5028': 0 } } },
      },
    });
    expect(cubeCell(c, { Region: '5028', Tid: '2024' })).toBe(17560);
  });

  it('computes row-major positions as worked by hand', () => {
    expect(cellPosition([2, 3, 4], [1, 2, 3])).toBe(23); // (1·3 + 2)·4 + 3
    expect(cellPosition([2, 3, 4], [0, 0, 0])).toBe(0);
    expect(cellPosition([2, 3, 4], [1, 0, 2])).toBe(14); // (1·3 + 0)·4 + 2
  });

  it('reads «..», «.» and «:» as missing (null), never 0, and keeps other statuses', () => {
    const c = cube({
      ...small,
      value: [17560, null, 0, 8484, 8521, 8574],
      status: { '1': '..', '2': '.', '3': ':', '4': 'p' },
    });
    expect(c.cells).toEqual([17560, null, null, null, 8521, 8574]);
  });

  it('reads a sparse value object; cells not listed are missing', () => {
    const c = cube({ ...small, value: { '0': 17560, '5': 8574 } });
    expect(c.cells).toEqual([17560, null, null, null, null, 8574]);
  });

  it('returns null for a code the cube does not have', () => {
    expect(cubeCell(cube(small), { Region: '0301', Tid: '2024' })).toBeNull();
  });

  it.each([
    ['a value too few', { ...small, value: [1, 2, 3, 4, 5] }, '5 values for 6 cells'],
    ['a size that does not match the categories', { ...small, size: [2, 2, 1] }, 'dimension Tid'],
    ['an undescribed dimension', { ...small, id: ['Region', 'Tid', 'Kjonn'] }, 'dimension Kjonn'],
    ['id and size of different lengths', { ...small, size: [2, 3] }, 'id and size'],
    ['a sparse key outside the cube', { ...small, value: { '6': 1 } }, 'outside'],
    [
      'an index with a gap',
      {
        ...small,
        dimension: { ...small.dimension, Region: { category: { index: { '5028': 0, '5029': 2 } } } },
      },
      'index',
    ],
    ['not JSON-stat 2', { ...small, version: '1.0' }, 'not a JSON-stat 2 dataset'],
    ['a text where a number belongs', { ...small, value: ['1', 2, 3, 4, 5, 6] }, 'not a JSON-stat 2 dataset'],
  ])('refuses %s', (_name, input, problem) => {
    const result = readJsonStat(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problem).toContain(problem);
  });
});
