import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The public portal, served by the gateway at /; it reads the graph as an anonymous caller.
// `npm run dev:portal` (root) proxies the graph to a running gateway.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/open-data': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
