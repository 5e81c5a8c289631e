import { FormBuilder, Validators } from '@angular/forms';
import { DeclareEngagementInput, FieldMap, IncidentType, Severity } from '@vigil/web/data-access';
import { localToIso } from './format';
import { INCIDENT_TYPE_LABELS } from '@vigil/shared/domain';

export const INCIDENT_TYPES = Object.entries(INCIDENT_TYPE_LABELS).map(([value, label]) => ({
  value: value as IncidentType,
  label,
}));

export const SEVERITY_OPTIONS: { value: Severity; label: string }[] = [
  { value: 'SEV1', label: 'SEV1: critical, business stopped' },
  { value: 'SEV2', label: 'SEV2: high, major harm likely' },
  { value: 'SEV3', label: 'SEV3: medium, contained impact' },
  { value: 'SEV4', label: 'SEV4: low' },
];

/** Where the API's field errors land in an incident form. */
export const INCIDENT_FIELDS: FieldMap = {
  'input.organizationId': { control: 'organizationId', label: 'Client' },
  'input.title': { control: 'title', label: 'Title' },
  'input.summary': { control: 'summary', label: 'What happened' },
  'input.firstActivityAt': { control: 'firstActivityAt', label: 'First malicious activity' },
  'input.detectedAt': { control: 'detectedAt', label: 'Detected' },
};

/** The fields of a new incident, for provider staff and for the client portal alike. */
export function incidentForm(fb: FormBuilder) {
  return fb.nonNullable.group({
    organizationId: [''],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    incidentType: ['OTHER' as IncidentType, Validators.required],
    severity: ['SEV2' as Severity, Validators.required],
    summary: ['', Validators.maxLength(10000)],
    firstActivityAt: [''],
    detectedAt: [''],
  });
}

/** The form's value as the API's input: times read in the viewer's zone, blanks left out. */
export function incidentInput(
  value: ReturnType<ReturnType<typeof incidentForm>['getRawValue']>,
  timeZone: string,
): DeclareEngagementInput {
  const at = (local: string): string | undefined =>
    local ? (localToIso(local, timeZone) ?? undefined) : undefined;
  return {
    organizationId: value.organizationId || undefined,
    title: value.title.trim(),
    incidentType: value.incidentType,
    severity: value.severity,
    summary: value.summary.trim() || undefined,
    firstActivityAt: at(value.firstActivityAt),
    detectedAt: at(value.detectedAt),
  };
}
