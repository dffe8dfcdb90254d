/**
 * A seeded source of uniform random numbers in [0, 1), so that every simulation in Flokk can be repeated
 * exactly: the same seed gives the same numbers in Node, the browser and the CLI.
 *
 * It wraps `pure-rand` (xoroshiro128+, Blackman and Vigna 2018, with `uniformFloat64`) instead of a
 * hand-written generator: the library is pure, has no dependencies and uses only 32-bit integer
 * arithmetic, which every JavaScript engine evaluates identically.
 * @module
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** Anything that yields uniform numbers in [0, 1). Distributions sample from this. */
export interface UniformSource {
  /** The next uniform number in [0, 1), a multiple of 2^-53. */
  next(): number;
}

/** A seeded, jumpable stream of uniform numbers. */
export interface SeededRandom extends UniformSource {
  /**
   * A new stream that starts 2^64 steps further along the same sequence, so it never overlaps this one
   * in practice. This stream is left unchanged.
   */
  jump(): SeededRandom;
}

/**
 * Seeds are unsigned 32-bit integers: xoroshiro128+ in `pure-rand` uses only the low 32 bits.
 * @example createRandom(MAX_SEED) // the largest seed
 */
export const MAX_SEED = 0xffff_ffff;

class XoroshiroRandom implements SeededRandom {
  readonly #generator: JumpableRandomGenerator;

  constructor(generator: JumpableRandomGenerator) {
    this.#generator = generator;
  }

  next(): number {
    return uniformFloat64(this.#generator);
  }

  jump(): SeededRandom {
    const ahead = this.#generator.clone();
    ahead.jump();
    return new XoroshiroRandom(ahead);
  }
}

// SplitMix32 step: a Weyl sequence through the murmur3 32-bit finaliser. Only Math.imul and shifts, so
// every engine computes the same words.
function splitMix32(state: number): [next: number, word: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = Math.imul(next ^ (next >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) | 0];
}

function stateFromSeed(seed: number): number[] {
  const words: number[] = [];
  let state = seed | 0;
  for (let i = 0; i < 4; i++) {
    const [next, word] = splitMix32(state);
    state = next;
    words.push(word);
  }
  // xoroshiro128+ must not start from the all-zero state.
  if (!words.some((w) => w !== 0)) words[0] = 1;
  return words;
}

/**
 * Creates a seeded generator of uniform numbers in [0, 1) with 53 random bits each (two 32-bit outputs
 * of xoroshiro128+ combined by `pure-rand`'s `uniformFloat64`). The seed is spread over the 128-bit state
 * by SplitMix32, as Vigna recommends for seeding xoroshiro, because `pure-rand`'s own `xoroshiro128plus(seed)`
 * puts the seed into the state as is, which makes the first draw of a small seed close to 1.
 * Source: D. Blackman and S. Vigna (2018), "Scrambled linear pseudorandom number generators",
 * https://prng.di.unimi.it/ (seeding with SplitMix).
 * @param seed an integer from 0 to 2^32 − 1.
 * @throws RangeError when the seed is not such an integer.
 * @example
 * const random = createRandom(42);
 * random.next(); // → the same number on every platform, in [0, 1)
 */
export function createRandom(seed: number): SeededRandom {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
  }
  return new XoroshiroRandom(xoroshiro128plusFromState(stateFromSeed(seed)));
}

/**
 * `count` independent streams from one seed: stream 0 starts at the seed, stream i is stream i − 1
 * jumped 2^64 steps ahead. Giving each uncertain input its own stream keeps its draws unchanged when other
 * inputs are added or removed, and makes results independent of how the work is chunked.
 * @example
 * const [savings, wages] = independentStreams(42, 2);
 */
export function independentStreams(seed: number, count: number): SeededRandom[] {
  const streams: SeededRandom[] = [];
  let current = createRandom(seed);
  for (let i = 0; i < count; i++) {
    streams.push(current);
    current = current.jump();
  }
  return streams;
}
