import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'vigil-accept-invitation',
  template: '<div class="page"><h1>AcceptInvitation</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {}
