/**
 * The KOSTRA benchmark of a case's municipalities and the profile of the cooperation as one unit.
 * @module
 */
import type { BenchmarkView } from '../../case/reference/benchmark.ts';
import type { CooperationProfile } from '../../case/reference/cooperation-profile.ts';
import { request } from './http-client.ts';

/** The benchmark, worded in the current interface language (the client adds `?lang=`). */
export function getBenchmarks(caseId: string, signal?: AbortSignal): Promise<BenchmarkView> {
  return request<BenchmarkView>(`/api/cases/${encodeURIComponent(caseId)}/benchmarks`, { signal });
}

/** The profile as the signed-in user may see it (ages of small groups withheld for readers). */
export function getProfile(caseId: string, signal?: AbortSignal): Promise<CooperationProfile> {
  return request<CooperationProfile>(`/api/cases/${encodeURIComponent(caseId)}/profile`, { signal });
}
