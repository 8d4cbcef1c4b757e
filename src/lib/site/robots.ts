/** The text of robots.txt: allow everything, and point to the sitemap when there is one. */
export function robotsTxt(sitemapUrl: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? [`Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
