import {
  DestroyRef,
  Signal,
  WritableSignal,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ApiService,
  EngagementActivityDocument,
  EngagementActivitySubscription,
} from '@vigil/web/data-access';
import { Subscription } from 'rxjs';

type Activity = EngagementActivitySubscription['engagementActivity'];

/**
 * Follows the activity of the engagement `id` names (call in an injection context): `onActivity`
 * runs for each change the API lets this person see, and the returned signal says whether the
 * live connection is up. A new id resubscribes; without the connection the page still works.
 */
export function followEngagement(
  id: Signal<string>,
  onActivity: (activity: Activity) => void,
): Signal<boolean> {
  const api = inject(ApiService);
  const destroyRef = inject(DestroyRef);
  const live: WritableSignal<boolean> = signal(false);
  let subscription: Subscription | null = null;
  effect(() => {
    const current = id();
    untracked(() => {
      subscription?.unsubscribe();
      subscription = api
        .subscribe(EngagementActivityDocument, { id: current })
        .pipe(takeUntilDestroyed(destroyRef))
        .subscribe({
          next: (data) => {
            live.set(true);
            onActivity(data.engagementActivity);
          },
          error: () => live.set(false),
        });
      live.set(true);
    });
  });
  return live.asReadonly();
}
