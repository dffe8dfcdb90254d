/**
 * The server's Content-Security-Policy forbids `eval`. Zod otherwise probes for it with `new Function`, which
 * the browser reports as a policy violation even though Zod catches the error; jitless mode skips the probe.
 * Import this before the first parse.
 * @module
 */
import { z } from 'zod';

z.config({ jitless: true });
