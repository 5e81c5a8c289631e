import { signal } from '@angular/core';

export interface SavedView {
  name: string;
  query: Record<string, string>;
}

/**
 * Named sets of workspace filters, kept in this browser for the signed-in person. (They are a
 * convenience, not records: a person who switches browsers saves them again.)
 */
export class SavedViews {
  private readonly views = signal<SavedView[]>([]);
  readonly list = this.views.asReadonly();

  constructor(private readonly owner: () => string) {
    this.views.set(this.read());
  }

  private key(): string {
    return `vigil.engagement-views.${this.owner()}`;
  }

  private read(): SavedView[] {
    try {
      const raw = localStorage.getItem(this.key());
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed)
        ? parsed.filter(
            (v): v is SavedView =>
              typeof v === 'object' && v !== null && typeof (v as SavedView).name === 'string',
          )
        : [];
    } catch {
      return [];
    }
  }

  save(name: string, query: Record<string, string>): void {
    const trimmed = name.trim().slice(0, 40);
    if (!trimmed) return;
    const next = [...this.views().filter((v) => v.name !== trimmed), { name: trimmed, query }];
    this.views.set(next);
    localStorage.setItem(this.key(), JSON.stringify(next));
  }

  remove(name: string): void {
    const next = this.views().filter((v) => v.name !== name);
    this.views.set(next);
    localStorage.setItem(this.key(), JSON.stringify(next));
  }
}
