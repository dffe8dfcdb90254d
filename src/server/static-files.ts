/**
 * Serves the built web app from `dist/web`, with the single-page fallback: any non-API GET that is not a
 * file gets `index.html`, so deep links like `/saker/x/historikk` work after a reload.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './context.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Flokk</title></head>
<body><main><h1>Flokk</h1><p>Nettappen er ikke bygget. Kjør <code>npm run build</code> (eller <code>npm start</code>).</p></main></body></html>`;

export function serveWebApp(app: Hono<AppEnv>, root = WEB_ROOT): void {
  const indexPath = `${root}index.html`;
  app.use('/assets/*', serveStatic({ root }), async (c, next) => {
    // Vite names assets by content hash, so they can be cached for good.
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    await next();
  });
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) return c.html(NOT_BUILT, 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
