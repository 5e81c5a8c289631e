import { signal } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';

/**
 * What the SLA editors (policy, calendar) share: saving closes the dialog with the saved row or
 * leaves it open with the error, and after a version conflict the latest version can replace the
 * form (the edits are lost).
 */
export class EditorDialogState<T> {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  /** Someone saved it since it was opened: offer to load their version. */
  readonly conflict = signal(false);

  constructor(private readonly ref: MatDialogRef<unknown, T>) {}

  /** Runs `run` unless a save runs already; closes with what it saved, else hands on the error. */
  async save(run: () => Promise<T>, failed: (e: unknown) => void): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.conflict.set(false);
    this.ref.disableClose = true;
    try {
      this.ref.close(await run());
    } catch (e) {
      failed(e);
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }

  /** `load` finds the latest version (undefined: it is gone), `apply` puts it in the form. */
  async loadLatest<L>(
    load: () => Promise<L | undefined>,
    apply: (latest: L) => void,
    gone: string,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const latest = await load();
      if (latest === undefined) {
        this.error.set(gone);
        return;
      }
      apply(latest);
      this.conflict.set(false);
      this.error.set(null);
    } catch {
      this.error.set('The latest version could not be loaded. Try again.');
    } finally {
      this.busy.set(false);
    }
  }
}
