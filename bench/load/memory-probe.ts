// Preloaded into the server process of the load bench (node --import): every KLASTER_MEMORY_INTERVAL_MS it appends
// one JSON line { t, rss, heapUsed, heapTotal, external } (bytes) to KLASTER_MEMORY_LOG. It keeps no state and
// holds no reference to the server, so it does not change what it measures beyond one timer.
import { appendFileSync } from 'node:fs';

const file = process.env.KLASTER_MEMORY_LOG;
const interval = Number(process.env.KLASTER_MEMORY_INTERVAL_MS ?? 10_000);
if (file) {
  const sample = () => {
    const m = process.memoryUsage();
    appendFileSync(file, JSON.stringify({ t: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external }) + '\n');
  };
  sample();
  setInterval(sample, interval).unref();
}
