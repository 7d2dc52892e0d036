import descriptor from '../../atlassian-connect.json';

// Served at /atlassian-connect.json (vercel.json rewrite): the URL Confluence installs from.
export default function handler(req, res) {
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.status(200).json(descriptor);
}
