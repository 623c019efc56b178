// The demo: the four sites at their real URLs, served from hand-built pages in demo/pages.
import path from 'node:path';
import { ROOT, type SiteRoute } from './browser';

export interface DemoPage {
  name: string;
  url: string;
  file: string;
}

const page = (name: string, url: string, file: string): DemoPage => ({
  name,
  url,
  file: path.join(ROOT, 'demo/pages', file),
});

export const DEMO_PAGES: DemoPage[] = [
  page('x', 'https://x.com/home', 'x-home.html'),
  page('facebook', 'https://www.facebook.com/acme/posts/pfbid0Acme1', 'facebook-post.html'),
  page('reddit', 'https://www.reddit.com/r/acme/comments/1abcde/roadrunner_3000_problems/', 'reddit-thread.html'),
  page(
    'old-reddit',
    'https://old.reddit.com/r/acme/comments/1abcde/roadrunner_3000_problems/',
    'old-reddit-thread.html',
  ),
  page('linkedin', 'https://www.linkedin.com/feed/', 'linkedin-feed.html'),
];

export const DEMO_BRAND_FILE = path.join(ROOT, 'demo/brand-acme.json');

export function demoRoutes(): SiteRoute[] {
  return DEMO_PAGES.map((p) => ({ url: p.url, file: p.file }));
}
