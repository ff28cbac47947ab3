import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The time a widget renders for, moved on every minute while it is on the page, so
 * "open now" states (and filters on them) do not go stale on a page left open.
 */
export class ClockController implements ReactiveController {
  now = new Date();
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.now = new Date();
    this.timer = setInterval(() => {
      this.now = new Date();
      this.host.requestUpdate();
    }, 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
