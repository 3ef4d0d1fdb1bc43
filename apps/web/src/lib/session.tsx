import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onAuthError, setCsrfToken } from '../api/client.ts';
import { accountsApi, type Role, type SessionUser } from '../api/accounts.ts';
import { navigate } from './router.tsx';

/**
 * The signed-in user of this tab. Asked once at start (GET /api/auth/session: the session cookie is httpOnly,
 * so only the server can say whether there is one), then changed by sign-in, sign-out and the password change.
 * API answers steer it too: a 401 means the session has gone (idle timeout, sign-out elsewhere, the account
 * disabled), so the user is taken to the sign-in screen with the page they were on kept in `next`. An account
 * that must change its password is held on the change-password screen by AccessGate before any closed screen
 * asks anything (public routes answer it as the public), so a 403 is left to the screen that got it.
 */
export interface Session {
  /** False until the first answer of /api/auth/session: screens wait rather than guess "public". */
  ready: boolean;
  user: SessionUser | null;
  role: Role | null;
  signIn(login: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export const SIGN_IN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/account/password';

/** The current page as a `next` value: path and query, never another origin. */
export function currentPlace(): string {
  return window.location.pathname + window.location.search;
}

/** `next` from the query, accepted only when it is a path of this site ("//evil.example" is not). */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(SIGN_IN_PATH) ? next : '/';
}

export function signInPath(next: string = currentPlace()): string {
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(safeNext(next))}`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<SessionUser | null>(null);

  useEffect(() => {
    let live = true;
    accountsApi.session().then(
      (s) => { if (!live) return; setCsrfToken(s.csrfToken); setUser(s.user); setReady(true); },
      // The server could not be asked: carry on as the public; every screen shows its own error if the server is down.
      () => { if (live) setReady(true); },
    );
    return () => { live = false; };
  }, []);

  useEffect(() => onAuthError((error) => {
    if (error.status === 401) {
      setCsrfToken(null);
      setUser(null);
      if (window.location.pathname !== SIGN_IN_PATH) navigate(signInPath(), true);
    }
  }), []);

  const signIn = useCallback(async (login: string, password: string) => {
    const result = await accountsApi.login(login, password);
    setCsrfToken(result.csrfToken);
    setUser(result.user);
    return result.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await accountsApi.logout();
    } finally {
      // Whatever the server said, this tab forgets the session: the cookie is cleared or already invalid.
      setCsrfToken(null);
      setUser(null);
      navigate('/');
    }
  }, []);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    await accountsApi.changePassword(currentPassword, newPassword);
    setUser((u) => (u ? { ...u, mustChangePassword: false } : u));
  }, []);

  const value = useMemo<Session>(() => ({ ready, user, role: user?.role ?? null, signIn, signOut, changePassword }), [ready, user, signIn, signOut, changePassword]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
