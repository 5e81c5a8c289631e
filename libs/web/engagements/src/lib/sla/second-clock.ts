import { DestroyRef, Injectable, Signal, inject, signal } from '@angular/core';

/**
 * One clock for every countdown on the page: a signal of the current time that moves once a
 * second while at least one component watches it, and stops when the last one goes.
 */
@Injectable({ providedIn: 'root' })
export class SecondClock {
  private readonly tick = signal(Date.now());
  private watchers = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  /** The current time in milliseconds, ticking while `destroyRef`'s owner lives. */
  watch(destroyRef: DestroyRef): Signal<number> {
    if (this.watchers++ === 0) {
      this.tick.set(Date.now());
      this.timer = setInterval(() => this.tick.set(Date.now()), 1000);
    }
    destroyRef.onDestroy(() => {
      if (--this.watchers === 0 && this.timer !== null) {
        clearInterval(this.timer);
        this.timer = null;
      }
    });
    return this.tick.asReadonly();
  }
}

/** The shared ticking time (call in an injection context). */
export function secondClock(): Signal<number> {
  return inject(SecondClock).watch(inject(DestroyRef));
}
