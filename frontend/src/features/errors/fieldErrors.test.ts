import { ApiError } from '../../api/problem';
import { fieldErrorsOf, hasUnplacedError } from './fieldErrors';

const invalid = new ApiError({
  status: 400,
  detail: 'The request is invalid',
  errors: [
    { field: 'name', message: 'is required' },
    { field: 'secret', message: 'is required' },
    { field: 'secret', message: 'must be at most 512 characters' },
  ],
});

describe('fieldErrorsOf', () => {
  it('gathers the messages of each field', () => {
    expect(fieldErrorsOf(invalid)).toEqual({
      name: 'is required',
      secret: 'is required; must be at most 512 characters',
    });
  });

  it('has nothing for failures without field errors', () => {
    expect(fieldErrorsOf(new ApiError({ status: 409, detail: 'taken' }))).toEqual({});
    expect(fieldErrorsOf(new TypeError('Failed to fetch'))).toEqual({});
    expect(fieldErrorsOf(null)).toEqual({});
  });
});

describe('hasUnplacedError', () => {
  it('is false when every field error sits next to its field, or there is no error', () => {
    expect(hasUnplacedError(invalid, ['name', 'secret'])).toBe(false);
    expect(hasUnplacedError(null, ['name'])).toBe(false);
  });

  it('is true for a field the form does not show, or a failure about no field', () => {
    expect(hasUnplacedError(invalid, ['name'])).toBe(true);
    expect(hasUnplacedError(new ApiError({ status: 409, detail: 'taken' }), ['name'])).toBe(true);
  });
});
