/** URL forms of qq.com article pages; every other qq.com page is left alone. */
export const QQ_ARTICLE_URLS: ReadonlyArray<RegExp> = [
  /^https?:\/\/(?:news|new)\.qq\.com\/rain\/a\/([0-9A-Za-z]{8,32})(?:[/?#]|$)/,
  /^https?:\/\/new\.qq\.com\/omn\/(?:\d{8}\/)?([0-9A-Za-z]{8,32})\.html(?:[?#]|$)/,
  /^https?:\/\/view\.inews\.qq\.com\/a\/([0-9A-Za-z]{8,32})(?:[/?#]|$)/,
];

/** The article id of a qq.com article URL (20250208A078UR00), or null for any other URL. */
export function qqArticleId(url: string | null | undefined): string | null {
  if (!url) return null;
  for (const form of QQ_ARTICLE_URLS) {
    const m = form.exec(url);
    if (m) return m[1];
  }
  return null;
}
