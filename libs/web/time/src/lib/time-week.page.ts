import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-time-week',
  template: '<div class="page"><h1>My time</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeWeekPage {}
