/**
 * Progress of a history audit on stderr, when stderr is a terminal (never in a pipe or a
 * CI log, never with --quiet): commits done out of the total, rate and time left, redrawn
 * at most ten times a second on one line, erased at the end.
 */
import type { Io } from './io.js';

export interface Progress {
  update(done: number, total: number | undefined): void;
  end(): void;
}

const NONE: Progress = { update() {}, end() {} };

export function progress(io: Io, enabled: boolean): Progress {
  if (!enabled || !io.stderrIsTTY) return NONE;
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 || total === undefined) return;
      last = now;
      const secs = (now - started) / 1000;
      const rate = done / Math.max(secs, 0.001);
      const eta = rate > 0 && total > done ? ` · ${formatDuration((total - done) / rate)} left` : '';
      const pct = total ? Math.floor((done / total) * 100) : 100;
      io.stderr(`\r\u001b[Kleakguard: ${done}/${total} commits (${pct}%) · ${Math.round(rate)} commits/s${eta}`);
      drawn = true;
    },
    end() {
      if (drawn) io.stderr('\r\u001b[K');
    },
  };
}

function formatDuration(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
