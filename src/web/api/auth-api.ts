/**
 * Sign-in, the current session and sign-out.
 * @module
 */
import { request, setCsrfToken } from './http-client.ts';
import type { SessionInfo } from './types.ts';

export async function signIn(email: string, password: string): Promise<SessionInfo> {
  const session = await request<SessionInfo>('/api/auth/login', {
    method: 'POST',
    body: { email, password },
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/** The signed-in user, or an `unauthenticated` ApiError. */
export async function currentSession(signal?: AbortSignal): Promise<SessionInfo> {
  const session = await request<SessionInfo>('/api/auth/me', { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await request<void>('/api/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

/**
 * Changes the signed-in user's password; the server ends the user's other sessions. Wrong current password
 * and a new password the policy refuses are `validation` errors naming `currentPassword` / `newPassword`.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request<void>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}
