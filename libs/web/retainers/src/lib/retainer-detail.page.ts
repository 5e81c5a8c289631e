import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-retainer-detail',
  template: '<div class="page"><h1>Retainer</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetainerDetailPage {}
