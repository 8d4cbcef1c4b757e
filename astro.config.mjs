// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { articleMarkdownOptions } from './src/lib/markdown/pipeline.ts';

// A build of a throwaway copy of the project (hostile-text tests, benchmarks) shares node_modules
// but must not share Astro's and Vite's caches with the real build, hence PARALLAX_CACHE_DIR.
const cacheDir = process.env.PARALLAX_CACHE_DIR;

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  ...(cacheDir ? { cacheDir: `${cacheDir}/astro`, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: { processor: unified(articleMarkdownOptions) },
});
