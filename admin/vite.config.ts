import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the gateway under /admin/; `npm run dev -w @infitah/admin` proxies the graph to a running gateway.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 3000 },
});
