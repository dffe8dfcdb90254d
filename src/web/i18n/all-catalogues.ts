/**
 * Every catalogue at once, for tests and checks that compare the languages. The app itself loads nynorsk
 * and English only when chosen (`catalogues.ts`), so nothing in the app imports this module.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { translate, type Messages } from './catalogues.ts';
import { en } from './messages-en.ts';
import { nb } from './messages-nb.ts';
import { nn } from './messages-nn.ts';

export { translate };

export const CATALOGUES: Record<Language, Messages> = { nb, nn, en };
