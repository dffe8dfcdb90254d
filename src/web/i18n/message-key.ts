/**
 * Message keys that come as data (a registry's `labelKey`, an engine's error code), checked against the
 * reference catalogue before use.
 * @module
 */
import { catalogue, type MessageKey } from './catalogues.ts';

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue('nb'), key);
}

/** `key` when the catalogues have it, else `fallback`. */
export function messageKeyOr(key: string, fallback: MessageKey): MessageKey {
  return isMessageKey(key) ? key : fallback;
}
