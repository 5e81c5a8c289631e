import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-profile',
  template: '<div class="page"><h1>Profile</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {}
