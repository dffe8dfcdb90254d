import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { LanguageProvider } from './i18n/language-context.tsx';
import { createAppRouter } from './routes/app-router.tsx';
import { SessionProvider } from './session/session-context.tsx';

/** The whole app: language and session for every page, then the router. */
export function App() {
  const [router] = useState(createAppRouter);
  return (
    <LanguageProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </LanguageProvider>
  );
}
