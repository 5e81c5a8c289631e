import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-client-retainer',
  template: '<div class="page"><h1>Our retainer</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientRetainerPage {}
