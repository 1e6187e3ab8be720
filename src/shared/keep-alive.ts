/**
 * An open qq.com article keeps the background warm for the next article the reader opens: its page connects
 * a port and sends a beat on it while the reader can see it. Each beat is an event, which restarts the
 * browser's idle timer (30 s in Chrome's service worker and Firefox's event page); with no article in view,
 * the beats stop and the browser lets the background go as it would without CaiZhu.
 */
export const KEEP_ALIVE_PORT = 'caizhu-article';
/** Well inside both browsers' 30 s idle timeout. */
export const KEEP_ALIVE_BEAT_MS = 20_000;
