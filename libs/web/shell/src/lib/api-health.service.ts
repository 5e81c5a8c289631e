import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, timeout } from 'rxjs';

export type ApiStatus = 'checking' | 'reachable' | 'unreachable';

/** Liveness path of the API, served from the same origin as the web app. */
export const API_LIVENESS_PATH = '/health/live';

@Injectable({ providedIn: 'root' })
export class ApiHealthService {
  private readonly http = inject(HttpClient);

  /**
   * One liveness probe: 'reachable' when the API answers `{ "status": "ok" }`, 'unreachable' on any
   * error, timeout or unexpected body (e.g. an HTML fallback page).
   */
  checkLiveness(timeoutMs = 5000): Observable<Exclude<ApiStatus, 'checking'>> {
    return this.http.get<{ status?: unknown } | null>(API_LIVENESS_PATH).pipe(
      timeout(timeoutMs),
      map((body) => (body?.status === 'ok' ? 'reachable' : 'unreachable')),
      catchError(() => of('unreachable' as const)),
    );
  }
}
