/** Longer than any real article (the longest in the corpus is 37,000 characters): refused with a clear reason, not analysed for seconds. */
export const MAX_ARTICLE_CHARS = 300_000;
