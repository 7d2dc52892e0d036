import React, { useEffect, useState } from 'react';
import ForgeReconciler, {
  Button,
  Heading,
  Inline,
  Lozenge,
  ProgressBar,
  SectionMessage,
  Spinner,
  Stack,
  Text,
  TextArea,
  Textfield,
} from '@forge/react';
import { invoke, view } from '@forge/bridge';

const BATCH = 5;

function App() {
  const [template, setTemplate] = useState(null);
  const [titles, setTitles] = useState('');
  const [spaceKey, setSpaceKey] = useState('');
  const [extraLabels, setExtraLabels] = useState('');
  const [job, setJob] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    invoke('getTemplate')
      .then((data) => {
        setTemplate(data);
        setSpaceKey(data.lastRun?.spaceKey ?? data.spaceKey);
      })
      .catch((e) => setError(e.message));
  }, []);

  const rows = titles
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((title, index) => ({ title, index: index + 1 }));

  const run = async () => {
    setError(null);
    try {
      let current = await invoke('startJob', { total: rows.length });
      setJob(current);
      const labels = extraLabels.split(',').map((label) => label.trim()).filter(Boolean);
      const parentId = spaceKey === template.spaceKey ? template.parentId : null;
      for (let start = 0; start < rows.length; start += BATCH) {
        current = await invoke('cloneBatch', { jobId: current.id, rows: rows.slice(start, start + BATCH), spaceKey, parentId, labels });
        setJob(current);
      }
    } catch (e) {
      setError(e.message);
    }
  };

  if (!template && !error) return <Spinner label="Reading the template" />;
  const done = job && job.status !== 'running';
  return (
    <Stack space="space.200">
      {error && <SectionMessage appearance="error"><Text>{error}</Text></SectionMessage>}
      {template && (
        <>
          <Heading as="h3">{`Clone “${template.title}”`}</Heading>
          <Inline space="space.050">
            {template.labels.map((label) => <Lozenge key={label}>{label}</Lozenge>)}
          </Inline>
          <Text>
            {template.placeholders.length > 0
              ? `Placeholders filled per page: ${template.placeholders.map((name) => `{{${name}}}`).join(', ')}`
              : 'This template has no placeholders; every clone gets the same body.'}
          </Text>
          <TextArea label="Page titles, one per line" name="titles" value={titles} onChange={(e) => setTitles(e.target.value)} />
          <Textfield label="Space key" name="spaceKey" value={spaceKey} onChange={(e) => setSpaceKey(e.target.value.toUpperCase())} />
          <Textfield label="Extra labels (comma separated)" name="labels" value={extraLabels} onChange={(e) => setExtraLabels(e.target.value)} />
          {job && <ProgressBar value={(job.created + job.failed) / job.total} ariaLabel="Clone progress" />}
          {done && <Text>{`${job.created} pages created${job.failed ? `, ${job.failed} failed` : ''}.`}</Text>}
          <Inline space="space.100">
            <Button appearance="primary" isDisabled={rows.length === 0 || (job && !done)} onClick={run}>
              {`Create ${rows.length} page${rows.length === 1 ? '' : 's'}`}
            </Button>
            <Button onClick={() => view.close()}>Close</Button>
          </Inline>
        </>
      )}
    </Stack>
  );
}

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
