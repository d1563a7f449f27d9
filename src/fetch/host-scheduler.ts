import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Politeness: at most `perHost` requests in flight to one host, at least
 * `delayMs` between the starts of two requests to it (raised by a robots.txt
 * Crawl-delay), and at most `total` requests in flight overall. Waiters are
 * served in arrival order per host.
 */
export interface HostSchedulerOptions {
  perHost: number;
  delayMs: number;
  total: number;
}

interface HostState {
  active: number;
  nextStart: number;
  delayMs: number;
  waiting: (() => void)[];
}

export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private active = 0;
  private readonly waitingForSlot: (() => void)[] = [];

  constructor(private readonly options: HostSchedulerOptions) {}

  /** Raises the delay for one host (Crawl-delay); never lowers it below the configured delay. */
  setHostDelay(host: string, delayMs: number): void {
    const state = this.state(host);
    state.delayMs = Math.max(this.options.delayMs, delayMs);
  }

  /** Runs `task` when the host and the global limit allow, and releases its slot after. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    await this.acquireHost(state);
    await this.acquireGlobal();
    try {
      const wait = state.nextStart - Date.now();
      state.nextStart = Math.max(Date.now(), state.nextStart) + state.delayMs;
      if (wait > 0) await sleep(wait);
      return await task();
    } finally {
      this.releaseGlobal();
      this.releaseHost(host, state);
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, delayMs: this.options.delayMs, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }

  private async acquireHost(state: HostState): Promise<void> {
    if (state.active < this.options.perHost) {
      state.active++;
      return;
    }
    await new Promise<void>((resolve) => state.waiting.push(resolve));
  }

  private releaseHost(host: string, state: HostState): void {
    const next = state.waiting.shift();
    if (next) next(); // the slot passes on: active stays the same
    else {
      state.active--;
      // A host seen once is forgotten once idle, so a long crawl does not keep every host.
      if (state.active === 0 && state.delayMs === this.options.delayMs && state.nextStart <= Date.now()) this.hosts.delete(host);
    }
  }

  private async acquireGlobal(): Promise<void> {
    if (this.active < this.options.total) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waitingForSlot.push(resolve));
  }

  private releaseGlobal(): void {
    const next = this.waitingForSlot.shift();
    if (next) next();
    else this.active--;
  }
}
