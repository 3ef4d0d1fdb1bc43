import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built assets are served by the Klaster server (apps/server) at / with an SPA fallback;
// in `vite dev` the API is proxied to a locally running server.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:3100' } },
});
