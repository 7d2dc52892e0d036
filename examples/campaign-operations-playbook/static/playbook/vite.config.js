import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Custom UI serves the bundle from a sub-path of the Forge CDN, so asset URLs must be relative.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'build',
    emptyOutDir: true,
  },
});
