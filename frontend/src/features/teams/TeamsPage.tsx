import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { teamsKey, useTeams, useUsers, type Team, type User } from './useTeams';

/** Teams with their manager and members, by name; admins create teams and add or remove members. */
export function TeamsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const admin = session.roles.includes('admin');
  const teams = useTeams();
  const users = useUsers();
  const nameOf = (id: string) => users.data?.find((user) => user.id === id)?.displayName ?? id;
  return (
    <section>
      <header className="page-header">
        <h1>{t('teams.title')}</h1>
      </header>
      {admin && users.data && <NewTeam users={users.data.filter((user) => user.active)} />}
      {(teams.isError || users.isError) && <ErrorMessage error={teams.error ?? users.error} />}
      <div className="cards">
        {teams.data?.map((team) => (
          <article key={team.id} className="card" aria-label={team.name}>
            <h2>{team.name}</h2>
            <p className="muted">{t('teams.managedBy', { name: nameOf(team.managerId) })}</p>
            <ul className="timeline">
              {team.memberIds.map((id) => (
                <li key={id}>
                  {nameOf(id)} {admin && <RemoveMember team={team} userId={id} />}
                </li>
              ))}
            </ul>
            {admin && users.data && <AddMember team={team} users={users.data} teams={teams.data ?? []} />}
          </article>
        ))}
      </div>
    </section>
  );
}

function NewTeam({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [managerId, setManagerId] = useState('');
  const create = useMutation({
    mutationFn: async () => (await api.crm.POST('/api/crm/teams', { body: { name, managerId } })).data,
    onSuccess: () => {
      setName('');
      void queries.invalidateQueries({ queryKey: teamsKey });
    },
  });
  return (
    <form
      className="inline-form"
      aria-label={t('teams.new')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <label>
        {t('teams.name')}
        <input required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('teams.manager')}
        <select required value={managerId} onChange={(event) => setManagerId(event.target.value)}>
          <option value="">—</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('teams.create')}
      </button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}

function AddMember({ team, users, teams }: { team: Team; users: User[]; teams: Team[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const inATeam = new Set(teams.flatMap((other) => other.memberIds));
  const add = useMutation({
    mutationFn: async (userId: string) =>
      (await api.crm.POST('/api/crm/teams/{id}/members', { params: { path: { id: team.id } }, body: { userId } }))
        .data,
    onSuccess: () => void queries.invalidateQueries({ queryKey: teamsKey }),
  });
  return (
    <>
      <label className="move">
        {t('teams.add')}
        <select value="" onChange={(event) => event.target.value && add.mutate(event.target.value)}>
          <option value="">—</option>
          {users
            .filter((user) => user.active && !inATeam.has(user.id))
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
        </select>
      </label>
      {add.isError && <ErrorMessage error={add.error} />}
    </>
  );
}

function RemoveMember({ team, userId }: { team: Team; userId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: async () =>
      (await api.crm.DELETE('/api/crm/teams/{id}/members/{userId}', { params: { path: { id: team.id, userId } } }))
        .data,
    onSuccess: () => void queries.invalidateQueries({ queryKey: teamsKey }),
  });
  return (
    <button type="button" onClick={() => remove.mutate()} disabled={remove.isPending}>
      {t('teams.remove')}
    </button>
  );
}
