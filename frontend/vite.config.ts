import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The SPA is served by the gateway at /, beside /api and /auth; in `npm run dev`, Vite proxies those to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/auth': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
