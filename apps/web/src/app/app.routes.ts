import { Routes } from '@angular/router';

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Vigil – incident response and readiness',
    loadComponent: () => import('@vigil/web/shell').then((m) => m.ShellComponent),
  },
  { path: '**', redirectTo: '' },
];
