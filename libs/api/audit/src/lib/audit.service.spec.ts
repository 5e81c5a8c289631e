import { diff } from './audit.service';

describe('audit diff', () => {
  it('records only the fields that changed, with before and after', () => {
    expect(
      diff(
        { name: 'Acme', timeZone: 'UTC', country: 'US' },
        { name: 'Acme Corp', timeZone: 'UTC', country: undefined },
      ),
    ).toEqual({
      name: { from: 'Acme', to: 'Acme Corp' },
    });
  });
});
