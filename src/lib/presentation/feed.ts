// The site's feed: reports, policies and news, each with the date its front matter states. An
// entry whose source states no date (a policy without one, a filing without a signature block)
// is listed without a date rather than with an invented one; RSS allows that, Atom would not.
import type { NewsData } from '../../schemas/news.ts';
import type { PolicyData } from '../../schemas/policy.ts';
import type { ReportData } from '../../schemas/report.ts';
import { formatDate } from './format.ts';
import { conclusionLabel } from './labels.ts';
import { paths } from './url.ts';

export interface FeedItem {
  title: string;
  /** Site path of the page (without the base). */
  path: string;
  /** The date the front matter gives: release date, policy date, or the filing's signature date. */
  pubDate?: Date;
  description: string;
  categories: string[];
}

export interface FeedContent {
  reports: readonly { data: ReportData }[];
  policies: readonly { id: string; data: PolicyData }[];
  news: readonly { id: string; data: NewsData }[];
}

function reportItem(data: ReportData): FeedItem {
  const period = `${formatDate(data.reportingPeriod.start)} to ${formatDate(data.reportingPeriod.end)}`;
  const signed = data.signature ? ` Signed ${formatDate(data.signature.date)}.` : '';
  return {
    title: data.title,
    path: paths.report(data.year),
    pubDate: data.signature?.date,
    description: `${data.registrant}'s Form SD and Conflict Minerals Report for the reporting period ${period}, with its smelter and refiner table. Conclusion: ${conclusionLabel[data.conclusion.status]}.${signed}`,
    categories: ['Report'],
  };
}

/** Feed items, dated ones newest first, then undated ones (reports newest year first, then policies). */
export function feedItems(content: FeedContent): FeedItem[] {
  const items = [
    ...[...content.reports].sort((a, b) => b.data.year - a.data.year).map(({ data }) => reportItem(data)),
    ...content.policies.map(({ id, data }): FeedItem => ({ title: data.title, path: paths.policy(id), pubDate: data.date, description: data.summary, categories: ['Policy'] })),
    ...content.news.map(({ id, data }): FeedItem => ({ title: data.title, path: paths.news(id), pubDate: data.date, description: data.summary, categories: ['News'] })),
  ];
  const time = (item: FeedItem) => item.pubDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  // A stable sort keeps the order above among undated items.
  return items.sort((a, b) => (time(a) === time(b) ? 0 : time(b) - time(a)));
}
