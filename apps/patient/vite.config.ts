import { defineConfig } from 'vite';

// Relative base: the built app works from any folder or port apps/serve.sh puts it on.
export default defineConfig({
	base: './',
	esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
	build: {
		target: 'es2022',
		outDir: 'dist',
		emptyOutDir: true,
		chunkSizeWarningLimit: 2048,
		rollupOptions: {
			// @polkadot/* and @hpke/* place /*#__PURE__*/ where Rollup cannot use it; harmless,
			// and a wall of it would hide real warnings.
			onwarn(warning, warn) {
				if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
			},
		},
	},
	server: { port: 5173, strictPort: false },
});
