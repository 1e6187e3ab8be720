/**
 * The confidence from which the page shows a claim by default. Cross-validated on the corpus
 * (scripts/claims/train.ts), claims at or above it are right 87% of the time; the popup lists all.
 * A module of its own so that the content script and the popup read it without the claim model.
 */
export const CONFIDENT_CLAIM = 0.7;
