/**
 * Who is signed in. Asked once from `GET /api/auth/me` when the app starts; sign-in and sign-out update it.
 * @module
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth-api.ts';
import { isApiError } from '../api/api-error.ts';
import type { User } from '../api/types.ts';

/** loading: not yet known · signedIn: a session exists · signedOut: none (or it could not be checked). */
export type SessionStatus = 'loading' | 'signedIn' | 'signedOut';

export interface SessionState {
  status: SessionStatus;
  user: User | null;
  /** Signs in and remembers the session; throws `ApiError` (401 wrong credentials, 429 rate limited). */
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  /** Marks the session as gone, e.g. after an API call answered 401. */
  forget: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export interface SessionProviderProps {
  children: ReactNode;
}

export function SessionProvider({ children }: SessionProviderProps) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    authApi
      .currentSession(controller.signal)
      .then((session) => {
        setUser(session.user);
        setStatus('signedIn');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (!isApiError(error) || error.code !== 'unauthenticated')
          console.warn('Could not check the session', error);
        setUser(null);
        setStatus('signedOut');
      });
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await authApi.signIn(email, password);
    setUser(session.user);
    setStatus('signedIn');
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      setUser(null);
      setStatus('signedOut');
    }
  }, []);

  const forget = useCallback(() => {
    setUser(null);
    setStatus('signedOut');
  }, []);

  const value = useMemo(
    () => ({ status, user, signIn, signOut, forget }),
    [status, user, signIn, signOut, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
