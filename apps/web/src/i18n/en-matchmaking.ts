import type { ruMatchmaking } from './ru-matchmaking.ts';

/** English strings of matchmaking. */
export const enMatchmaking: Record<keyof typeof ruMatchmaking, string> = {
  'app.chunkFailed': 'The screen did not load',
  'app.chunkFailedHint': 'The server may have been updated or the connection dropped. Reload the page.',
};
