/**
 * Material's `.mdc-button { outline: none }` wins over the global `:focus-visible` outline, leaving
 * keyboard focus on a button as a faint tint. This puts the visible ring back on our buttons.
 */
export const FOCUS_RING = `
  .mat-mdc-button-base:focus-visible {
    outline: 3px solid var(--mat-sys-primary);
    outline-offset: 2px;
  }
`;
