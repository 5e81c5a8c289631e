import { Routes } from '@angular/router';

/** The provider console's pages, lazily loaded under /provider. */
export const providerRoutes: Routes = [];
