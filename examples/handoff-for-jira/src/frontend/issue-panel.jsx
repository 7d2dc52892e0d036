import React, { useEffect, useState } from 'react';
import ForgeReconciler, {
  Button,
  Heading,
  Inline,
  Lozenge,
  SectionMessage,
  Spinner,
  Stack,
  Text,
  TextArea,
  User,
  UserPicker,
} from '@forge/react';
import { invoke } from '@forge/bridge';

function History({ handoffs }) {
  if (handoffs.length === 0) return <Text>No handoffs on this issue yet.</Text>;
  return (
    <Stack space="space.100">
      {handoffs.map((handoff) => (
        <Inline key={handoff.id} space="space.100" alignBlock="center">
          <Lozenge appearance={handoff.status === 'pending' ? 'inprogress' : 'success'}>{handoff.status}</Lozenge>
          {handoff.from.accountId ? <User accountId={handoff.from.accountId} /> : <Text>{handoff.from.displayName}</Text>}
          <Text>{new Date(handoff.createdAt).toLocaleString()}</Text>
        </Inline>
      ))}
    </Stack>
  );
}

function App() {
  const [state, setState] = useState(null);
  const [note, setNote] = useState('');
  const [recipient, setRecipient] = useState(null);
  const [error, setError] = useState(null);
  const [saving, setSaving] = useState(false);

  const load = () => invoke('getIssueHandoffs').then(setState).catch((e) => setError(e.message));
  useEffect(() => {
    load();
  }, []);

  const handOff = async () => {
    setSaving(true);
    setError(null);
    try {
      await invoke('createHandoff', { note, toAccountId: recipient?.id ?? null });
      setNote('');
      setRecipient(null);
      await load();
    } catch (e) {
      setError(e.message);
    } finally {
      setSaving(false);
    }
  };

  if (!state && !error) return <Spinner label="Loading handoffs" />;
  return (
    <Stack space="space.200">
      {error && <SectionMessage appearance="error"><Text>{error}</Text></SectionMessage>}
      <Heading as="h3">Hand off this issue</Heading>
      <UserPicker label="To (optional: leave empty for the team queue)" name="recipient" onChange={setRecipient} />
      <TextArea label="Note" name="note" value={note} onChange={(event) => setNote(event.target.value)} />
      <Button appearance="primary" isDisabled={saving} onClick={handOff}>Hand off</Button>
      <Heading as="h4">History</Heading>
      {state && <History handoffs={state.handoffs} />}
    </Stack>
  );
}

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
