/**
 * The label a person sees for a front matter key: the usual Hugo keys get their familiar names, any other key
 * is shown as written (authors know their own keys).
 */
const KNOWN: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  draft: 'Draft',
  date: 'Date',
  tags: 'Tags',
  categories: 'Categories',
  type: 'Type',
  image: 'Image',
  lastmod: 'Last modified',
  publishdate: 'Publish date',
  expirydate: 'Expiry date',
  slug: 'Slug',
  summary: 'Summary',
  weight: 'Weight',
  aliases: 'Aliases',
  keywords: 'Keywords',
  series: 'Series',
  author: 'Author',
  authors: 'Authors',
};

/** Label for `key`. */
export function fieldLabel(key: string): string {
  return KNOWN[key] ?? KNOWN[key.toLowerCase()] ?? key;
}
