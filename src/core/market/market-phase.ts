import type { Market } from './service-code';

/** Where a market stands: trading, or why it is not (休市: weekend, holiday, lunch, before the open; 已收盘: after the close). */
export type MarketPhase = 'open' | 'break' | 'closed';

interface Session {
  zone: string;
  /** Trading periods in minutes after local midnight. */
  periods: Array<[number, number]>;
}

const SESSIONS: Record<Market, Session> = {
  'a-share': { zone: 'Asia/Shanghai', periods: [[9 * 60 + 30, 11 * 60 + 30], [13 * 60, 15 * 60]] },
  hk: { zone: 'Asia/Hong_Kong', periods: [[9 * 60 + 30, 12 * 60], [13 * 60, 16 * 60]] },
  us: { zone: 'America/New_York', periods: [[9 * 60 + 30, 16 * 60]] },
};

function localParts(now: number, zone: string): { date: string; weekday: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * The market's phase at `now`, from its trading hours; a quote time from an earlier day on a weekday means a holiday.
 * `quoteTime` is the market-local `YYYY-MM-DD HH:MM:SS` of the quote.
 */
export function marketPhase(market: Market, now: number, quoteTime: string | null): MarketPhase {
  const session = SESSIONS[market];
  const local = localParts(now, session.zone);
  if (local.weekday === 'Sat' || local.weekday === 'Sun') return 'break';
  const { periods } = session;
  if (periods.some(([from, to]) => local.minutes >= from && local.minutes < to)) {
    return quoteTime && quoteTime.slice(0, 10) < local.date ? 'break' : 'open';
  }
  if (local.minutes >= periods[periods.length - 1][1]) return quoteTime && quoteTime.slice(0, 10) < local.date ? 'break' : 'closed';
  return 'break';
}
