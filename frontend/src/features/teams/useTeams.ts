import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';

export type Team = components['schemas']['Team'];
export type User = components['schemas']['User'];

export const teamsKey = ['teams'] as const;
export const usersKey = ['team-users'] as const;

/** The tenant's teams, by name. */
export function useTeams() {
  const api = useApi();
  return useQuery({
    queryKey: teamsKey,
    queryFn: async () => (await api.crm.GET('/api/crm/teams')).data as Team[],
  });
}

/** The tenant's users (from the identity provider): the people who own records and manage or join teams. */
export function useUsers() {
  const api = useApi();
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await api.crm.GET('/api/crm/teams/users')).data as User[],
  });
}

/**
 * Names for the user ids (owners) and team ids that figures are keyed by; an id crm-service does not know, or any id
 * while the names are loading or could not be read, stays as it is.
 */
export function useNames() {
  const users = useUsers();
  const teams = useTeams();
  return {
    user: (id: string) => users.data?.find((user) => user.id === id)?.displayName ?? id,
    team: (id: string) => teams.data?.find((team) => team.id === id)?.name ?? id,
  };
}
