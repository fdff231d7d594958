import { render, screen } from '@testing-library/react';
import { ApiError } from '../../api/problem';
import { ErrorMessage } from './ErrorMessage';

describe('ErrorMessage', () => {
  it('says what is missing on a 403', () => {
    render(<ErrorMessage error={new ApiError({ status: 403, detail: 'Your role does not allow this operation.' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You are not allowed to see this: Your role does not allow this operation.',
    );
  });

  it('shows the server detail of a client error', () => {
    render(<ErrorMessage error={new ApiError({ status: 400, detail: 'from: must be a date as YYYY-MM-DD' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('from: must be a date as YYYY-MM-DD');
  });

  it('turns a network failure into advice', () => {
    render(<ErrorMessage error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The service is not reachable right now.');
  });
});
