import { keepAlive } from './keep-alive';

const runtime = (globalThis as unknown as { chrome?: { runtime?: Parameters<typeof keepAlive>[0] } }).chrome?.runtime;
if (runtime) keepAlive(runtime, document, location);
