import { Signal, effect, signal, untracked } from '@angular/core';
import { ApiError } from './api.service';

export interface Remote<T> {
  /** The last answer; kept while the next one loads so the table does not flicker. */
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  /** The error itself, to react to a particular code or field. */
  readonly apiError: Signal<ApiError | null>;
  reload(): void;
}

/**
 * Loads whenever `params` changes (call in an injection context). `params` returning null means
 * "nothing to load" (e.g. an invalid filter). Only the newest request's answer is kept.
 */
export function remote<P, T>(params: () => P | null, load: (params: P) => Promise<T>): Remote<T> {
  const value = signal<T | null>(null);
  const loading = signal(false);
  const apiError = signal<ApiError | null>(null);
  const error = signal<string | null>(null);
  let latest = 0;
  let current: P | null = null;

  const run = async (p: P): Promise<void> => {
    const id = ++latest;
    loading.set(true);
    error.set(null);
    apiError.set(null);
    try {
      const result = await load(p);
      if (id === latest) value.set(result);
    } catch (e) {
      if (id !== latest) return;
      const err = e instanceof ApiError ? e : null;
      apiError.set(err);
      error.set(err?.message ?? 'Something went wrong. Try again.');
    } finally {
      if (id === latest) loading.set(false);
    }
  };

  effect(() => {
    const p = params();
    current = p;
    untracked(() => {
      if (p === null) {
        latest++;
        loading.set(false);
        return;
      }
      void run(p);
    });
  });

  return {
    value: value.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    apiError: apiError.asReadonly(),
    reload: () => {
      if (current !== null) void run(current);
    },
  };
}
