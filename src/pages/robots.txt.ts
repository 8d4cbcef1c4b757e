import type { APIContext } from 'astro';
import { robotsTxt } from '../lib/site/robots.ts';

/** robots.txt: everything may be crawled; the sitemap is named when the site's URL is known. */
export function GET({ site }: APIContext) {
  const sitemap = site ? new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href : null;
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
