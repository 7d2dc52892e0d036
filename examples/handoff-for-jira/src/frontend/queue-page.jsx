import React, { useEffect, useState } from 'react';
import ForgeReconciler, {
  Button,
  DynamicTable,
  Heading,
  Link,
  SectionMessage,
  Spinner,
  Stack,
  Text,
  User,
  UserPicker,
} from '@forge/react';
import { invoke } from '@forge/bridge';

const head = {
  cells: [
    { key: 'issue', content: 'Issue' },
    { key: 'status', content: 'Status' },
    { key: 'from', content: 'Handed off by' },
    { key: 'note', content: 'Note' },
    { key: 'action', content: '' },
  ],
};

function App() {
  const [queue, setQueue] = useState(null);
  const [members, setMembers] = useState([]);
  const [error, setError] = useState(null);

  const load = () =>
    invoke('getQueue')
      .then((data) => {
        setQueue(data);
        setMembers(data.members);
      })
      .catch((e) => setError(e.message));
  useEffect(() => {
    load();
  }, []);

  const accept = (handoffId) => invoke('acceptHandoff', { handoffId }).then(load).catch((e) => setError(e.message));
  const saveTeam = () => invoke('saveTeam', { members }).then(load).catch((e) => setError(e.message));

  if (!queue && !error) return <Spinner label="Loading queue" />;
  const rows = (queue?.items ?? []).map((item) => ({
    key: item.id,
    cells: [
      { key: 'issue', content: <Link href={`/browse/${item.issueKey}`}>{`${item.issueKey} ${item.issue?.summary ?? ''}`}</Link> },
      { key: 'status', content: item.issue?.status?.name ?? '—' },
      { key: 'from', content: item.from.accountId ? <User accountId={item.from.accountId} /> : item.from.displayName },
      { key: 'note', content: item.note },
      { key: 'action', content: <Button onClick={() => accept(item.id)}>Pick up</Button> },
    ],
  }));

  return (
    <Stack space="space.300">
      {error && <SectionMessage appearance="error"><Text>{error}</Text></SectionMessage>}
      <Heading as="h2">{`Handoff queue${queue ? ` · ${queue.projectName}` : ''}`}</Heading>
      <DynamicTable head={head} rows={rows} emptyView="Nothing is waiting in this queue." />
      <Heading as="h3">Handoff team</Heading>
      <UserPicker
        isMulti
        label="People who can receive handoffs"
        name="members"
        defaultValue={members}
        onChange={(users) => setMembers((users ?? []).map((user) => user.id))}
      />
      <Button onClick={saveTeam}>Save team</Button>
    </Stack>
  );
}

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
