import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'vigil-theme';

/** Light and dark follow the system unless the person picks one; the pick is remembered. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  readonly choice = signal<ThemeChoice>(this.read());

  constructor() {
    this.apply(this.choice());
  }

  cycle(): void {
    const next: ThemeChoice =
      this.choice() === 'system' ? 'dark' : this.choice() === 'dark' ? 'light' : 'system';
    this.choice.set(next);
    this.apply(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private browsing: the choice lasts for this visit only.
    }
  }

  private read(): ThemeChoice {
    try {
      const stored = localStorage.getItem(KEY);
      return stored === 'light' || stored === 'dark' ? stored : 'system';
    } catch {
      return 'system';
    }
  }

  private apply(choice: ThemeChoice): void {
    const root = this.document.documentElement;
    if (choice === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', choice);
  }
}
