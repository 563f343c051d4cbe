import { maskGatewayError } from '../server';

/** The gateway's own refusals name their field and rule like a subgraph's, and a subgraph's pass on unchanged. */
describe('maskGatewayError and refusal rules', () => {
  it("gives the gateway's refusal of a variable its field, rule and parameters, keeping its message", () => {
    const message = 'Variable "$input" got invalid value "PICNIC" at "input.kind"; Value "PICNIC" does not exist in "EventKind" enum.';
    const masked = maskGatewayError({ message, extensions: { code: 'BAD_USER_INPUT' } });
    expect(masked).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', field: 'kind', rule: 'isEnum', params: { enum: 'EventKind' } } });
  });

  it("passes a subgraph's refusal with its field, rule and parameters as they are", () => {
    const extensions = { code: 'BAD_USER_INPUT', field: 'title', rule: 'isLength', params: { min: 1, max: 300 }, serviceName: 'participation' };
    const masked = maskGatewayError({ message: 'title: must be between 1 and 300 characters', path: ['createEvent'], extensions });
    expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title', rule: 'isLength', params: { min: 1, max: 300 } });
  });

  it('leaves the extensions of other public errors as they were', () => {
    expect(maskGatewayError({ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }).extensions).toEqual({ code: 'FORBIDDEN' });
  });
});
