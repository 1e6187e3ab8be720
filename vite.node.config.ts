import { defineConfig } from 'vite';

/** The Node library (`import { analyze } from 'caizhu'`) and the `caizhu` CLI. */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { index: 'src/node/index.ts', cli: 'src/cli/bin.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
