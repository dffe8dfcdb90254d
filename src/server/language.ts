import type { MiddlewareHandler } from 'hono';
import { isLanguage, type Language } from '../i18n/language.ts';
import type { AppEnv } from './context.ts';

/** Picks the language for messages: `?lang=`, else Accept-Language (nb, nn, no → nb, en), else bokmål. */
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(query)) return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().split(';')[0]?.toLowerCase() ?? '';
    const base = tag.split('-')[0];
    if (base === 'nn') return 'nn';
    if (base === 'nb' || base === 'no') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'nb';
}

export const detectLanguage: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('language', pickLanguage(c.req.query('lang'), c.req.header('accept-language')));
  await next();
};
