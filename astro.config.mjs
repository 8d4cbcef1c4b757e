// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { articleMarkdownOptions } from './src/lib/markdown/pipeline.ts';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Never inline small scripts into the HTML: the Content-Security-Policy allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: unified(articleMarkdownOptions) },
});
