import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ResponseTimeGroup } from './response-times';

/** Time to acknowledge, contain and recover, per severity: mean, median and 90th percentile. */
@Component({
  selector: 'vigil-sla-response-times-table',
  template: `
    <div class="table-wrap" role="region" aria-label="Response times table" tabindex="0">
      <table class="grid" data-testid="response-times-table">
        <caption class="visually-hidden">
          Response times by severity, measured from the declaration
        </caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Measure</th>
            <th scope="col" class="num">Engagements</th>
            <th scope="col" class="num">Mean</th>
            <th scope="col" class="num">Median</th>
            <th scope="col" class="num">90th percentile</th>
          </tr>
        </thead>
        @for (group of groups(); track group.severity) {
          <tbody>
            @for (line of group.lines; track line.measure; let first = $first) {
              <tr data-testid="response-time-row">
                @if (first) {
                  <th scope="rowgroup" [attr.rowspan]="group.lines.length">
                    {{ group.severity }}
                  </th>
                }
                <th scope="row">{{ line.label }}</th>
                <td class="num">{{ line.count }}</td>
                <td class="num">{{ line.mean }}</td>
                <td class="num">{{ line.median }}</td>
                <td class="num">{{ line.p90 }}</td>
              </tr>
            }
          </tbody>
        }
      </table>
    </div>
  `,
  styleUrls: ['../../../../ui/src/styles/table.css', '../shared/sla-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponseTimesTableComponent {
  readonly groups = input.required<readonly ResponseTimeGroup[]>();
}
