import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The public portal, served by the gateway at /; it reads the graph as an anonymous caller.
export default defineConfig({
  root: 'portal',
  base: '/',
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: '../dist-portal', emptyOutDir: true, sourcemap: true },
});
