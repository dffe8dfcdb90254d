/**
 * Offered load: how much work the calls bring, in Erlangs. One Erlang is one agent kept busy all the time.
 * @module
 */

/** Calls arriving in one interval and how long each takes to handle. */
export interface CallLoad {
  /** Calls arriving in the interval (an average; need not be whole). */
  callsPerInterval: number;
  /** Length of the interval in minutes, e.g. 30 or 60. */
  intervalMinutes: number;
  /** Average handling time per call in seconds: talk, hold and wrap-up. */
  ahtSeconds: number;
}

function checkLoad(load: CallLoad): void {
  if (!(load.callsPerInterval >= 0) || !Number.isFinite(load.callsPerInterval)) {
    throw new RangeError(`callsPerInterval must be a finite number ≥ 0, got ${load.callsPerInterval}`);
  }
  if (!(load.intervalMinutes > 0) || !Number.isFinite(load.intervalMinutes)) {
    throw new RangeError(`intervalMinutes must be a finite number > 0, got ${load.intervalMinutes}`);
  }
  if (!(load.ahtSeconds > 0) || !Number.isFinite(load.ahtSeconds)) {
    throw new RangeError(`ahtSeconds must be a finite number > 0, got ${load.ahtSeconds}`);
  }
}

/**
 * Arrival rate λ in calls per second: the calls in the interval divided by its length in seconds.
 * @example arrivalRatePerSecond({ callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 }) // → 0.0556
 */
export function arrivalRatePerSecond(load: CallLoad): number {
  checkLoad(load);
  return load.callsPerInterval / (load.intervalMinutes * 60);
}

/**
 * Traffic intensity A = λ · AHT in Erlangs: the arrival rate (calls per second) times the average
 * handling time (seconds). Source: any queueing text, e.g. Call Centre Helper, "Erlang C Formula – Made
 * Simple With an Easy Worked Example", step 3 (200 calls an hour × 3 minutes = 10 Erlangs).
 * @example trafficIntensity({ callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 }) // → 10
 */
export function trafficIntensity(load: CallLoad): number {
  return arrivalRatePerSecond(load) * load.ahtSeconds;
}
