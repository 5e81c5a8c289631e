import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-approvals',
  template: '<div class="page"><h1>Time approvals</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalsPage {}
