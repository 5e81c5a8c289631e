import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-portfolio',
  template: '<div class="page"><h1>Retainer portfolio</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortfolioPage {}
