/**
 * The HTTP application: every route from the registry, behind the session loader, the access check and the
 * one error handler. Created per server (or per test) with its dependencies; no global state.
 * @module
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError, PayloadTooLargeError } from '../common/errors.ts';
import { authorize } from './access.ts';
import { loadSession } from './auth/session.ts';
import type { AppEnv, ServerDeps } from './context.ts';
import { handleError } from './error-handler.ts';
import { detectLanguage } from './language.ts';
import { openApiDocument } from './openapi.ts';
import { DEFAULT_MAX_BODY_BYTES, type Route } from './route.ts';
import { allRoutes } from './routes/all-routes.ts';

/** Refuses a body over the route's limit with 413, whether or not it declares its length. */
function limitBody(route: Route): MiddlewareHandler<AppEnv> {
  const maxSize = route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new PayloadTooLargeError(maxSize);
    },
  });
}

export function createApp(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // 'wasm-unsafe-eval' lets the browser compile the HiGHS WebAssembly solver that LP-based cost keys
        // (nucleolus, least core, EPM) need on the scenario page; it allows no JavaScript eval.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    await next();
    // Reads derived from a revision set their own (private, revalidated with an ETag); nothing else is kept.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', detectLanguage, loadSession);

  for (const route of allRoutes) {
    app.on(route.method, route.path, limitBody(route), authorize(route), (c) => route.run(c));
  }
  const openApi = openApiDocument(allRoutes);
  app.get('/api/openapi.json', (c) => c.json(openApi));
  app.all('/api/*', () => {
    throw new NotFoundError();
  });
  return app;
}
