/** Russian strings of matchmaking (needs, capabilities, ranked matches, contact requests, value chains, investor view). */
export const ruMatchmaking = {
  'app.chunkFailed': 'Экран не загрузился',
  'app.chunkFailedHint': 'Возможно, сервер обновился или пропала связь. Обновите страницу.',
} as const;
