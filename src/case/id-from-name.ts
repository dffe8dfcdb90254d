/**
 * Ids made from what people call things, for scenarios and cases made in the app.
 * @module
 */

/** Ids are at most 64 characters; three are kept free for a «-2» suffix. */
const MAX_ID_LENGTH = 64;

/**
 * A readable id from a name: lower case, æøå spelt out, every other character a hyphen.
 * @example idFromName('Uten Melhus – lik andel') // → 'uten-melhus-lik-andel'
 */
export function idFromName(name: string, fallback = 'scenario'): string {
  const spelt = name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const id = spelt
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH - 3)
    .replace(/-+$/, '');
  return id === '' ? fallback : id;
}
