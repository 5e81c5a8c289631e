import { Routes } from '@angular/router';

/** The client portal's pages, lazily loaded under /portal. */
export const portalRoutes: Routes = [];
