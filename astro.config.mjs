// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildReport } from './src/integrations/build-report.ts';
import { articleMarkdownOptions } from './src/lib/markdown/pipeline.ts';

// A build of a throwaway copy of the project (hostile-text tests, benchmarks) shares node_modules
// but must not share Astro's and Vite's caches with the real build, hence PARALLAX_CACHE_DIR.
const cacheDir = process.env.PARALLAX_CACHE_DIR;
// A sitemap needs absolute URLs, so it is only made when SITE_URL says where the site lives.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  integrations: [...(site ? [sitemap()] : []), buildReport()],
  ...(cacheDir ? { cacheDir: `${cacheDir}/astro`, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Never inline small scripts into the HTML: the Content-Security-Policy allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: unified(articleMarkdownOptions) },
});
