import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL, served by the gateway for GET /graphql from a browser; its assets live under /graphiql/.
export default defineConfig({
  root: 'graphiql',
  base: '/graphiql/',
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: '../dist-graphiql', emptyOutDir: true, chunkSizeWarningLimit: 8000 },
});
