import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built assets are served by the Klaster server (apps/server) at / with an SPA fallback;
// in `vite dev` the API is proxied to a locally running server.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist', emptyOutDir: true, sourcemap: false,
    // MapLibre alone is ~1 MB minified; anything else growing past that is worth a warning.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // Screens are lazy (src/lib/lazy-screen.tsx). The heavy libraries get chunks of their own, fetched only
        // by the screens that draw maps or graphs; Mantine is one chunk so a screen does not pull ten slivers.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'graph', test: /node_modules[\\/](sigma|graphology)/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3100' } },
});
